import { formatJstDate, jstDayNumber, jstDayStart } from '@akita-dx/plugin-core/shared'

/** An amount in yen as Japanese readers write it: 1,500万円, 2億円, 50万円, 8,000円. */
export const formatYen = (yen: null | number): null | string => {
  if (yen === null || !Number.isFinite(yen) || yen <= 0) return null
  if (yen >= 100_000_000 && yen % 10_000_000 === 0) return `${(yen / 100_000_000).toLocaleString('ja-JP')}億円`
  if (yen >= 10_000 && yen % 10_000 === 0) return `${(yen / 10_000).toLocaleString('ja-JP')}万円`
  return `${yen.toLocaleString('ja-JP')}円`
}

/** A `yyyy-MM-dd` day of the API as `yyyy/MM/dd`. */
export const formatDay = (day: null | string): null | string => (day ? formatJstDate(jstDayStart(day)) : null)

/** The acceptance period: 通年 for a year-round programme, else its days (an open end stays empty). */
export const formatAcceptance = ({
  acceptanceEnd,
  acceptanceStart,
  yearRound,
}: {
  acceptanceEnd: null | string
  acceptanceStart: null | string
  yearRound: boolean
}): string => {
  if (yearRound) return '通年受付'
  if (!acceptanceStart && !acceptanceEnd) return '受付期間は問い合わせ先へ'
  return `${formatDay(acceptanceStart) ?? ''}〜${formatDay(acceptanceEnd) ?? ''}`
}

/** Days from today in Japan to a `yyyy-MM-dd` deadline: 0 on the day itself. */
export const daysUntil = (day: string, now = new Date()): number => jstDayNumber(jstDayStart(day)) - jstDayNumber(now)
