import type { ClickGroup } from './clicks'
import { rate } from './figures'
import type { Labels } from './labels'
import type { DailyClicks, DashboardRow, Series, TopDocument, Totals } from './types'

/** Clicks and unique clicks per day of the period, zero on days without any. */
export const dailySeries = (groups: ClickGroup[], days: string[]): DailyClicks[] => {
  const daily = new Map(days.map((day) => [day, { clicks: 0, day, uniqueClicks: 0 }]))
  for (const g of groups) {
    const e = daily.get(g.day)
    if (e) {
      e.clicks += g.clicks
      e.uniqueClicks += g.uniqueClicks
    }
  }
  return [...daily.values()]
}

/** Sums one figure per day and key into chart rows `{ day, <key>: n }`. */
const pivot = (groups: { day: string; key: string; value: number }[], days: string[], label: (key: string) => string): Series => {
  const keys = [...new Set(groups.map((g) => g.key))].sort()
  const rows = new Map(
    days.map((day) => [day, Object.fromEntries([['day', day], ...keys.map((k) => [k, 0])]) as Record<string, number | string>]),
  )
  for (const g of groups) {
    const row = rows.get(g.day)
    if (row) row[g.key] = Number(row[g.key] ?? 0) + g.value
  }
  return { keys: keys.map((key) => ({ key, label: label(key) })), rows: [...rows.values()] }
}

const NONE = 'none'

/** Unique clicks per day, stacked by the deliveries' segments and by their categories. */
export const attributeSeries = (groups: ClickGroup[], rows: DashboardRow[], days: string[], labels: Labels) => {
  const rowById = new Map(rows.map((r) => [r.id, r]))
  const by = (pick: (row: DashboardRow | undefined) => null | string) =>
    groups.map((g) => ({ day: g.day, key: pick(rowById.get(g.delivery!)) ?? NONE, value: g.uniqueClicks }))
  return {
    byCategory: pivot(
      by((r) => r?.category ?? null),
      days,
      (key) => labels.categoryLabel(key === NONE ? null : key),
    ),
    bySegment: pivot(
      by((r) => r?.segment ?? null),
      days,
      (key) => labels.segmentLabel(key === NONE ? null : key),
    ),
  }
}

/** The ten documents whose deliveries residents clicked most, per delivered message. */
export const topDocuments = (rows: DashboardRow[]): TopDocument[] => {
  const byDocument = new Map<string, Omit<TopDocument, 'clickRate'>>()
  for (const r of rows) {
    if (!r.document) continue
    const e = byDocument.get(r.document) ?? { deliveries: 0, delivered: 0, document: r.document, title: r.title, uniqueClicks: 0 }
    e.deliveries += 1
    e.delivered += r.delivered ?? 0
    e.uniqueClicks += r.uniqueClicks
    byDocument.set(r.document, e)
  }
  return [...byDocument.values()]
    .filter((e) => e.delivered > 0)
    .map((e) => ({ ...e, clickRate: rate(e.uniqueClicks, e.delivered) }))
    .sort((a, b) => (b.clickRate ?? 0) - (a.clickRate ?? 0) || b.uniqueClicks - a.uniqueClicks)
    .slice(0, 10)
}

export const totalsOf = (rows: DashboardRow[]): Totals => {
  const sum = (list: DashboardRow[], pick: (r: DashboardRow) => null | number) => list.reduce((s, r) => s + (pick(r) ?? 0), 0)
  const delivered = sum(rows, (r) => r.delivered)
  const uniqueClicks = sum(rows, (r) => r.uniqueClicks)
  const withOpens = rows.filter((r) => r.uniqueImpressions !== null)
  const uniqueImpressions = sum(withOpens, (r) => r.uniqueImpressions)
  return {
    clickRate: rate(uniqueClicks, delivered),
    clicks: sum(rows, (r) => r.clicks),
    delivered,
    deliveries: rows.length,
    // Only deliveries whose opens LINE reported count toward the open rate's denominator.
    openRate: rate(
      uniqueImpressions,
      sum(withOpens, (r) => r.delivered),
    ),
    recipients: sum(rows, (r) => r.recipients),
    uniqueClicks,
    uniqueImpressions,
  }
}
