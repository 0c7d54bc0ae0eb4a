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

/** `yyyy/MM/dd HH:mm` in Japan time. */
export const formatJstDateTime = (time: Instant): string => {
  const t = shifted(time)
  return `${formatJstDate(time)} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}
