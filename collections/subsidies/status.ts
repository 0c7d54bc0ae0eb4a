/**
 * A programme's status is the public API plugin's rule (`subsidyStatus`, `statusWhere` from
 * `@akita-dx/plugin-public-api`); Japan calendar days are core's. These are the names the seed
 * computes its demo dates with.
 */
export { jstDayNumber as japanDayOf, startOfJstDayNumber as startOfJapanDay } from '@akita-dx/plugin-core/shared'
