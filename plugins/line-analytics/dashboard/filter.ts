import { addJstDays, jstDay, jstDayStart } from '@akita-dx/plugin-core/shared'
import { segmentKeyOf } from '@akita-dx/plugin-line'

import type { AnalyticsTranslationKey } from '../translations'
import type { CategoryOption } from '../types'
import type { DashboardFilter } from './types'

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const ATTRIBUTE_PATTERN = /^[0-9A-Za-z_,:-]{1,100}$/
const MAX_DAYS = 400

/** What was wrong with a query: the parameter and the message (a translation key). */
export type FilterProblem = { field: string; message: AnalyticsTranslationKey; vars?: Record<string, unknown> }

export type ParsedFilter = { filter: DashboardFilter } | { problem: FilterProblem }

const isDay = (value: string) => DAY_PATTERN.test(value) && !Number.isNaN(jstDayStart(value).getTime())

/** A day as the admin shows it (`2026/11/05`) or as the API takes it (`2026-11-05`), in the API's spelling. */
const dayIn = (value: string | undefined) => value?.replaceAll('/', '-')

const periodOf = (text: (key: string) => string | undefined, now: number): ParsedFilter => {
  const to = dayIn(text('to')) ?? jstDay(now)
  const from = dayIn(text('from')) ?? addJstDays(to, -29)
  if (!isDay(from)) return { problem: { field: 'from', message: 'errorFromDate' } }
  if (!isDay(to)) return { problem: { field: 'to', message: 'errorToDate' } }
  if (from > to) return { problem: { field: 'from', message: 'errorFromAfterTo' } }
  if ((jstDayStart(to).getTime() - jstDayStart(from).getTime()) / 86_400_000 > MAX_DAYS)
    return { problem: { field: 'from', message: 'errorPeriod', vars: { days: MAX_DAYS } } }
  return { filter: { from, to } }
}

/**
 * Reads and checks the dashboard's query string: a JST period of at most 400 days (default the
 * last 30), and optionally a category (one of the residents' interests), a department and a
 * segment key (`3` or `3,10`, in any order).
 */
export const parseDashboardFilter = (query: Record<string, unknown>, categories: CategoryOption[], now = Date.now()): ParsedFilter => {
  const text = (key: string) =>
    typeof query[key] === 'string' && (query[key] as string).trim() !== '' ? (query[key] as string).trim() : undefined
  const period = periodOf(text, now)
  if ('problem' in period) return period
  const filter = period.filter
  for (const key of ['category', 'department', 'segment'] as const) {
    const value = text(key)
    if (value === undefined) continue
    if (!ATTRIBUTE_PATTERN.test(value)) return { problem: { field: key, message: 'errorAttribute', vars: { key } } }
    filter[key] = value
  }
  if (filter.segment) filter.segment = segmentKeyOf(filter.segment.split(',').filter(Boolean)) ?? undefined
  if (filter.category && !categories.some((c) => c.value === filter.category)) {
    return { problem: { field: 'category', message: 'errorCategory', vars: { value: filter.category } } }
  }
  return { filter }
}

/** The days of a period, in order. */
export const daysOf = (from: string, to: string): string[] => {
  const list: string[] = []
  for (let d = from; d <= to && list.length <= MAX_DAYS; d = addJstDays(d, 1)) list.push(d)
  return list
}
