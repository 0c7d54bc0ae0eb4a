import type { Payload } from 'payload'

import { TOPICS } from '../../../src/lib/akita'
import { LINE, SLUGS } from '../constants'
import { addDays, jstDay, jstDayStart } from '../utilities/dates'
import { rate } from '../utilities/figures'
import { type ClickFilter, clickGroups, type ClickSource } from './clickCounts'
import { linkAttributes, liveDeliveries } from './rows'

export type DashboardFilter = { category?: string; department?: string; from: string; segment?: string; to: string }

export type DeliveryRow = {
  category: null | string
  categoryLabel: string
  clickRate: null | number
  clicks: number
  delivered: null | number
  department: null | string
  departmentLabel: string
  document: null | string
  id: string
  lineClickRate: null | number
  lineStatistics: 'pending' | 'ready'
  lineUniqueClicks: null | number
  openRate: null | number
  recipients: number
  segment: null | string
  segmentLabel: string
  startedAt: null | string
  title: string
  uniqueClicks: number
  uniqueImpressions: null | number
}

export type Series = { keys: { key: string; label: string }[]; rows: Record<string, number | string>[] }

export type Dashboard = {
  account: { blocks: null | number; day: string; followers: null | number; targetedReaches: null | number }[]
  byCategory: Series
  bySegment: Series
  daily: { clicks: number; day: string; uniqueClicks: number }[]
  deliveries: DeliveryRow[]
  filter: DashboardFilter
  options: { categories: { label: string; value: string }[]; departments: { label: string; value: string }[]; segments: { label: string; value: string }[] }
  topAnnouncements: { clickRate: null | number; deliveries: number; delivered: number; document: string; title: string; uniqueClicks: number }[]
  totals: { clickRate: null | number; clicks: number; delivered: number; deliveries: number; openRate: null | number; recipients: number; uniqueClicks: number; uniqueImpressions: number }
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const ATTRIBUTE_PATTERN = /^[0-9A-Za-z_,:-]{1,100}$/
const MAX_DAYS = 400

/** Reads and checks the dashboard's query string; a string names what was wrong. */
export const parseDashboardFilter = (query: Record<string, unknown>, now = Date.now()): DashboardFilter | string => {
  const text = (key: string) => (typeof query[key] === 'string' && (query[key] as string).trim() !== '' ? (query[key] as string).trim() : undefined)
  const to = text('to') ?? jstDay(now)
  const from = text('from') ?? addDays(to, -29)
  if (!DAY_PATTERN.test(from) || Number.isNaN(jstDayStart(from).getTime())) return 'from は yyyy-MM-dd の日付で指定してください'
  if (!DAY_PATTERN.test(to) || Number.isNaN(jstDayStart(to).getTime())) return 'to は yyyy-MM-dd の日付で指定してください'
  if (from > to) return 'from は to 以前の日付にしてください'
  if ((jstDayStart(to).getTime() - jstDayStart(from).getTime()) / 86_400_000 > MAX_DAYS) return `期間は ${MAX_DAYS} 日以内で指定してください`
  const filter: DashboardFilter = { from, to }
  for (const key of ['category', 'department', 'segment'] as const) {
    const value = text(key)
    if (value === undefined) continue
    if (!ATTRIBUTE_PATTERN.test(value)) return `${key} の値が正しくありません`
    filter[key] = value
  }
  if (filter.category && !TOPICS.some((t) => t.value === filter.category)) return `category「${filter.category}」はありません`
  return filter
}

const days = (from: string, to: string) => {
  const list: string[] = []
  for (let d = from; d <= to && list.length <= MAX_DAYS; d = addDays(d, 1)) list.push(d)
  return list
}

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

const labelsOf = async (payload: Payload) => {
  const [departments, segments] = await Promise.all([
    payload.find({ collection: 'departments', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { name: true } as never, sort: 'name' }),
    payload.collections[LINE.segments]
      ? payload.find({ collection: LINE.segments, depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { name: true } as never, sort: 'name' })
      : Promise.resolve({ docs: [] }),
  ])
  const department = new Map((departments.docs as { id: unknown; name?: string }[]).map((d) => [String(d.id), d.name ?? String(d.id)]))
  const segment = new Map((segments.docs as { id: unknown; name?: string }[]).map((s) => [String(s.id), s.name ?? String(s.id)]))
  const category = new Map<string, string>(TOPICS.map((t) => [t.value, t.label]))
  return {
    category,
    department,
    segment,
    segmentLabel: (key: null | string) => (key ? key.split(',').map((id) => segment.get(id) ?? `#${id}`).join(' + ') : '（セグメントなし）'),
  }
}

/** Sums one figure per day and key into chart rows `{ day, <key>: n }`. */
const pivot = (groups: { day: string; key: string; value: number }[], allDays: string[], label: (key: string) => string): Series => {
  const keys = [...new Set(groups.map((g) => g.key))].sort()
  const rows = new Map(allDays.map((day) => [day, Object.fromEntries([['day', day], ...keys.map((k) => [k, 0])]) as Record<string, number | string>]))
  for (const g of groups) {
    const row = rows.get(g.day)
    if (row) row[g.key] = Number(row[g.key] ?? 0) + g.value
  }
  return { keys: keys.map((key) => ({ key, label: label(key) })), rows: [...rows.values()] }
}

/**
 * The dashboard's figures for a period and filters: totals, clicks per day, per segment and
 * per category over time, each live delivery with LINE's latest figures and ours, the top
 * announcements by click rate, and the account's followers and blocks. Unique clicks are
 * counted per delivery and day (the visitor key changes daily) and summed, as in
 * `GET /api/line-analytics/deliveries/:id`. The counts come from the daily roll-up;
 * `{ source: 'clicks' }` counts the click rows instead (same result; for checks and benchmarks).
 */
export const dashboardData = async (payload: Payload, filter: DashboardFilter, { source = 'days' }: { source?: ClickSource } = {}): Promise<Dashboard> => {
  const clickFilter: ClickFilter = { from: filter.from, to: filter.to }
  if (filter.category || filter.department || filter.segment) {
    // Filters on the delivery's attributes become a list of deliveries (their links carry them).
    const where = (['category', 'department', 'segment'] as const).filter((k) => filter[k]).map((k) => ({ [k]: { equals: filter[k] } }))
    const matching = await payload.find({ collection: SLUGS.links, depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { delivery: true } as never, where: { and: where } })
    clickFilter.deliveries = [...new Set((matching.docs as Record<string, unknown>[]).map((l) => idOf(l.delivery)).filter((d): d is string => d !== null))]
  }
  const groups = clickFilter.deliveries?.length === 0 ? [] : await clickGroups(payload, clickFilter, source)
  const periodStart = jstDayStart(filter.from).toISOString()
  const periodEnd = jstDayStart(addDays(filter.to, 1)).toISOString()
  const clickedIds = [...new Set(groups.map((g) => g.delivery).filter((d): d is string => d !== null))]
  const deliveries = await liveDeliveries(payload, periodStart, periodEnd, clickedIds)
  const ids = deliveries.map((d) => String(d.id))
  const [links, snapshots, labels, account] = await Promise.all([
    linkAttributes(payload, ids),
    ids.length
      ? payload.find({ collection: SLUGS.snapshots, depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'fetchedAt', where: { and: [{ delivery: { in: ids } }, { status: { equals: 'ok' } }] } })
      : Promise.resolve({ docs: [] }),
    labelsOf(payload),
    payload.find({ collection: SLUGS.accountStats, depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'day', where: { and: [{ day: { greater_than_equal: filter.from } }, { day: { less_than_equal: filter.to } }] } }),
  ])
  const attributes = new Map<string, { category: null | string; department: null | string; document: null | string; segment: null | string }>()
  for (const l of links) {
    const id = idOf(l.delivery)
    if (id && !attributes.has(id)) attributes.set(id, { category: (l.category as string) ?? null, department: (l.department as string) ?? null, document: (l.document as string) ?? null, segment: (l.segment as string) ?? null })
  }
  const latest = new Map<string, Record<string, unknown>>()
  for (const s of snapshots.docs as Record<string, unknown>[]) latest.set(String(idOf(s.delivery)), s)

  const perDelivery = new Map<string, { clicks: number; uniqueClicks: number }>()
  for (const g of groups) {
    if (!g.delivery) continue
    const e = perDelivery.get(g.delivery) ?? { clicks: 0, uniqueClicks: 0 }
    e.clicks += g.clicks
    e.uniqueClicks += g.uniqueClicks
    perDelivery.set(g.delivery, e)
  }

  const rows: DeliveryRow[] = []
  for (const d of deliveries) {
    const id = String(d.id)
    const attr = attributes.get(id) ?? { category: null, department: null, document: d.collection && d.document ? `${d.collection}:${d.document}` : null, segment: null }
    const segment = attr.segment ?? (Array.isArray(d.segments) && d.segments.length ? (d.segments as unknown[]).map(idOf).filter(Boolean).sort().join(',') : null)
    if (filter.category && attr.category !== filter.category) continue
    if (filter.department && attr.department !== filter.department) continue
    if (filter.segment && segment !== filter.segment) continue
    const snap = latest.get(id)
    const sent = Number(d.sent ?? 0)
    const delivered = snap ? ((snap.delivered as null | number) ?? null) : sent || null
    const ours = perDelivery.get(id) ?? { clicks: 0, uniqueClicks: 0 }
    rows.push({
      category: attr.category,
      categoryLabel: attr.category ? (labels.category.get(attr.category) ?? attr.category) : '—',
      clickRate: rate(ours.uniqueClicks, delivered),
      clicks: ours.clicks,
      delivered,
      department: attr.department,
      departmentLabel: attr.department ? (labels.department.get(attr.department) ?? attr.department) : '—',
      document: attr.document,
      id,
      lineClickRate: rate(snap?.uniqueClicks as null | number | undefined, delivered),
      lineStatistics: snap ? 'ready' : 'pending',
      lineUniqueClicks: snap ? ((snap.uniqueClicks as null | number) ?? null) : null,
      openRate: rate(snap?.uniqueImpressions as null | number | undefined, delivered),
      recipients: Number(d.total ?? 0),
      segment,
      segmentLabel: labels.segmentLabel(segment),
      startedAt: (d.startedAt as null | string) ?? null,
      title: String(d.documentTitle ?? `#${id}`),
      uniqueClicks: ours.uniqueClicks,
      uniqueImpressions: snap ? ((snap.uniqueImpressions as null | number) ?? null) : null,
    })
  }
  rows.sort((a, b) => String(b.startedAt ?? '').localeCompare(String(a.startedAt ?? '')))
  const kept = new Set(rows.map((r) => r.id))
  const keptGroups = groups.filter((g) => g.delivery && kept.has(g.delivery))
  const allDays = days(filter.from, filter.to)

  const daily = new Map(allDays.map((day) => [day, { clicks: 0, day, uniqueClicks: 0 }]))
  for (const g of keptGroups) {
    const e = daily.get(g.day)
    if (e) {
      e.clicks += g.clicks
      e.uniqueClicks += g.uniqueClicks
    }
  }
  const rowById = new Map(rows.map((r) => [r.id, r]))
  const bySegment = pivot(
    keptGroups.map((g) => ({ day: g.day, key: rowById.get(g.delivery!)?.segment ?? 'none', value: g.uniqueClicks })),
    allDays,
    (key) => labels.segmentLabel(key === 'none' ? null : key),
  )
  const byCategory = pivot(
    keptGroups.map((g) => ({ day: g.day, key: rowById.get(g.delivery!)?.category ?? 'none', value: g.uniqueClicks })),
    allDays,
    (key) => labels.category.get(key) ?? '（未分類）',
  )

  const byDocument = new Map<string, { deliveries: number; delivered: number; document: string; title: string; uniqueClicks: number }>()
  for (const r of rows) {
    if (!r.document) continue
    const e = byDocument.get(r.document) ?? { deliveries: 0, delivered: 0, document: r.document, title: r.title, uniqueClicks: 0 }
    e.deliveries += 1
    e.delivered += r.delivered ?? 0
    e.uniqueClicks += r.uniqueClicks
    byDocument.set(r.document, e)
  }
  const topAnnouncements = [...byDocument.values()]
    .filter((e) => e.delivered > 0)
    .map((e) => ({ ...e, clickRate: rate(e.uniqueClicks, e.delivered) }))
    .sort((a, b) => (b.clickRate ?? 0) - (a.clickRate ?? 0) || b.uniqueClicks - a.uniqueClicks)
    .slice(0, 10)

  const sum = (pick: (r: DeliveryRow) => null | number) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0)
  const delivered = sum((r) => r.delivered)
  const uniqueClicks = sum((r) => r.uniqueClicks)
  const withOpens = rows.filter((r) => r.uniqueImpressions !== null)
  const uniqueImpressions = withOpens.reduce((s, r) => s + (r.uniqueImpressions ?? 0), 0)
  return {
    account: (account.docs as Record<string, unknown>[]).map((a) => ({
      blocks: (a.blocks as null | number) ?? null,
      day: String(a.day),
      followers: (a.followers as null | number) ?? null,
      targetedReaches: (a.targetedReaches as null | number) ?? null,
    })),
    byCategory,
    bySegment,
    daily: [...daily.values()],
    deliveries: rows,
    filter,
    options: {
      categories: TOPICS.map((t) => ({ label: t.label, value: t.value })),
      departments: [...labels.department].map(([value, label]) => ({ label, value })),
      segments: [...labels.segment].map(([value, label]) => ({ label, value })),
    },
    topAnnouncements,
    totals: {
      clickRate: rate(uniqueClicks, delivered),
      clicks: sum((r) => r.clicks),
      delivered,
      deliveries: rows.length,
      // Only deliveries whose opens LINE reported count toward the open rate's denominator.
      openRate: rate(uniqueImpressions, withOpens.reduce((s, r) => s + (r.delivered ?? 0), 0)),
      recipients: sum((r) => r.recipients),
      uniqueClicks,
      uniqueImpressions,
    },
  }
}
