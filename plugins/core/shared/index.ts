/**
 * Helpers that run anywhere, in server code and in the admin's client components alike: no
 * Payload runtime, no database, no Node built-ins.
 */
export { toCsv } from './csv'
export { type ID, idKeyOf, idOf, sameId } from './ids'
export {
  addJstDays,
  formatJstDate,
  formatJstDateTime,
  formatJstPeriod,
  formatJstTimestamp,
  jstDay,
  jstDayNumber,
  jstDayStart,
  parseJstDateTimeLocal,
  startOfJstDayNumber,
} from './jst'
export { labelIn } from './labels'
export { formatNumber, formatPercent } from './numbers'
