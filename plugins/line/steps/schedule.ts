import type { Where } from 'payload'

import { jstDayNumber, startOfJstDayNumber } from '@akita-dx/plugin-core'

const HOUR_MS = 3_600_000

/**
 * When the step of `day` is due for a resident whose series began at `startedAt`: day 0 at once,
 * any later day at `sendHour` JST of that calendar day (a follow at 23:00 hears of day 1 the next
 * morning, not an hour later).
 */
export const stepDueAt = (startedAt: Date | string, day: number, sendHour: number): Date =>
  day === 0 ? new Date(startedAt) : new Date(startOfJstDayNumber(jstDayNumber(startedAt) + day).getTime() + sendHour * HOUR_MS)

/**
 * The same rule as a query on `startedAt`: the enrolments for which the step of `day` is due at
 * `now`. stepDueAt grows with startedAt, so "due" is "began before a bound".
 */
export const dueWhere = (day: number, now: Date, sendHour: number): Where => {
  if (day === 0) return { startedAt: { less_than_equal: now.toISOString() } }
  const lastStartDay = jstDayNumber(now.getTime() - sendHour * HOUR_MS) - day
  return { startedAt: { less_than: startOfJstDayNumber(lastStartDay + 1).toISOString() } }
}
