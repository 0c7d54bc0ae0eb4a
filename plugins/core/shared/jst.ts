/**
 * Calendar days and times in Japan. Japan has had no daylight saving time since 1951, so a fixed
 * +09:00 offset is exact and needs no time-zone database (the admin's browsers may lack one).
 */
const JST_OFFSET_MS = 9 * 3_600_000
const DAY_MS = 86_400_000

type Instant = Date | number | string

const shifted = (time: Instant) => new Date(new Date(time).getTime() + JST_OFFSET_MS)

/** Days since 1970-01-01 of the calendar date in Japan at an instant. */
export const jstDayNumber = (time: Instant): number => Math.floor(shifted(time).getTime() / DAY_MS)

/** The instant a Japan calendar day (see jstDayNumber) begins. */
export const startOfJstDayNumber = (day: number): Date => new Date(day * DAY_MS - JST_OFFSET_MS)

/** `yyyy-MM-dd` of an instant in Japan (the form dates are stored and compared in). */
export const jstDay = (time: Instant): string => shifted(time).toISOString().slice(0, 10)

/** The instant a `yyyy-MM-dd` day begins in Japan. */
export const jstDayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00+09:00`))

/** `yyyy-MM-dd` a number of days after another. */
export const addJstDays = (day: string, days: number): string => jstDay(jstDayStart(day).getTime() + days * DAY_MS)

const pad = (n: number) => String(n).padStart(2, '0')

/** `yyyy/MM/dd`, as Japanese readers write a date. */
export const formatJstDate = (time: Instant): string => jstDay(time).replaceAll('-', '/')

/** A period of days, `yyyy/MM/dd〜yyyy/MM/dd`; an open end stays empty (`2026/04/01〜`). */
export const formatJstPeriod = (from: Instant | null | undefined, until: Instant | null | undefined): string =>
  from || until ? `${from ? formatJstDate(from) : ''}〜${until ? formatJstDate(until) : ''}` : ''

/** `yyyy/MM/dd HH:mm` in Japan time. */
export const formatJstDateTime = (time: Instant): string => {
  const t = shifted(time)
  return `${formatJstDate(time)} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}

/** `yyyy/MM/dd HH:mm:ss` in Japan time: a record's time, where the order of events within a minute matters. */
export const formatJstTimestamp = (time: Instant): string => `${formatJstDateTime(time)}:${pad(shifted(time).getUTCSeconds())}`

/** A `datetime-local` value (`2026-12-24T09:30`) read as Japan time, whatever the browser's zone; null if it is none. */
export const parseJstDateTimeLocal = (value: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null
  const time = Date.parse(`${value.length === 16 ? `${value}:00` : value}+09:00`)
  return Number.isNaN(time) ? null : new Date(time)
}
