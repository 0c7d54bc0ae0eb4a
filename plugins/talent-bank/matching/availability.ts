import type { Availability } from '../constants'

/** Hours a month that each kind of availability can reasonably give to another department. */
const MONTHLY_CAPACITY: Record<Availability, number> = { monthly: 6, none: 0, weekly: 24 }

const DAY = 24 * 60 * 60 * 1000

const toTime = (value: null | string | undefined, fallback: number): number => {
  if (!value) return fallback
  const time = Date.parse(value)
  return Number.isNaN(time) ? fallback : time
}

/**
 * Share (0–1) of the request's period that falls inside the person's availability window.
 * Open ends count as unbounded; a request without a period is measured from `now` for 30 days.
 */
export const periodOverlap = (
  request: { periodFrom?: null | string; periodUntil?: null | string },
  person: { availableFrom?: null | string; availableUntil?: null | string },
  now: Date,
): number => {
  const start = toTime(request.periodFrom, now.getTime())
  const end = toTime(request.periodUntil, start + 30 * DAY)
  const from = toTime(person.availableFrom, -Infinity)
  const until = toTime(person.availableUntil, Infinity)
  // Dates are whole days: the last day counts in full.
  const requestEnd = end + DAY
  const personEnd = until + DAY
  const length = requestEnd - start
  if (length <= 0) return 0
  const overlap = Math.min(requestEnd, personEnd) - Math.max(start, from)
  return Math.max(0, Math.min(1, overlap / length))
}

/** What a person offers: a share of their working time, or the older coarse availability. */
export type Offered = { availability?: null | string; availabilityShare?: null | number }

/**
 * Hours a month the person offers in all: their share of `monthlyWorkingHours` when they stated
 * one, else the coarse availability's estimate (profiles from before the share existed).
 */
export const monthlyCapacity = (person: Offered, monthlyWorkingHours: number): number => {
  if ((person.availability ?? 'none') === 'none') return 0
  if (typeof person.availabilityShare === 'number' && person.availabilityShare > 0) {
    return Math.round((person.availabilityShare / 100) * monthlyWorkingHours)
  }
  return MONTHLY_CAPACITY[person.availability as Availability] ?? 0
}

/** Whether two periods of whole days share at least one day; open ends are unbounded. */
export const periodsOverlap = (
  a: { periodFrom?: null | string; periodUntil?: null | string },
  b: { periodFrom?: null | string; periodUntil?: null | string },
) =>
  toTime(a.periodFrom, -Infinity) <= toTime(b.periodUntil, Infinity) && toTime(b.periodFrom, -Infinity) <= toTime(a.periodUntil, Infinity)

/** Share (0–1) of the requested monthly hours the remaining hours can cover. */
export const capacityFit = (remaining: number, hoursPerMonth: null | number | undefined) => {
  if (remaining <= 0) return 0
  if (!hoursPerMonth || hoursPerMonth <= 0) return 1
  return Math.min(1, remaining / hoursPerMonth)
}
