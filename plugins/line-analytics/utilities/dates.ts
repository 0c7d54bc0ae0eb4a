const JST_OFFSET_MS = 9 * 3_600_000

/** `yyyy-MM-dd` of a time in Japan (UTC+9, no daylight saving). */
export const jstDay = (time: Date | number | string): string =>
  new Date(new Date(time).getTime() + JST_OFFSET_MS).toISOString().slice(0, 10)

/** `yyyyMMdd` in Japan, the date format of LINE's statistics endpoints. */
export const lineDate = (time: Date | number | string): string => jstDay(time).replaceAll('-', '')

/** Start of a JST day (`yyyy-MM-dd`) as a UTC time. */
export const jstDayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00+09:00`))

export const addDays = (day: string, days: number): string => jstDay(jstDayStart(day).getTime() + days * 86_400_000)
