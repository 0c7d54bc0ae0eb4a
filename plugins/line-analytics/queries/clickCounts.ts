import type { Payload } from 'payload'

import { and, count, countDistinct, eq, gte, inArray, lte, type SQL } from '@payloadcms/db-sqlite/drizzle'

import { SLUGS } from '../constants'
import { sqlAccess } from '../server/sqlTable'

export type ClickFilter = {
  category?: string
  delivery?: string
  /** Only these deliveries (ids as text). */
  deliveries?: string[]
  department?: string
  from?: string
  segment?: string
  to?: string
}

/** Clicks and unique visitors of one (day, delivery). */
export type ClickGroup = {
  clicks: number
  day: string
  delivery: null | string
  uniqueClicks: number
}

export type LinkCount = { clicks: number; link: string; uniqueClicks: number }

type Row = { category?: null | string; day: string; delivery?: null | string; department?: null | string; link: string; segment?: null | string; visitorKey: string }

const matches = (row: Row, f: ClickFilter) =>
  (!f.from || row.day >= f.from) &&
  (!f.to || row.day <= f.to) &&
  (!f.delivery || row.delivery === f.delivery) &&
  (!f.deliveries || (row.delivery !== undefined && row.delivery !== null && f.deliveries.includes(row.delivery))) &&
  (!f.category || row.category === f.category) &&
  (!f.department || row.department === f.department) &&
  (!f.segment || row.segment === f.segment)

/** MongoDB has no SQL route here: read the rows through the Local API and count in memory. */
const allRows = async (payload: Payload, filter: ClickFilter): Promise<Row[]> => {
  const where: Record<string, unknown>[] = []
  if (filter.delivery) where.push({ delivery: { equals: filter.delivery } })
  if (filter.from) where.push({ day: { greater_than_equal: filter.from } })
  if (filter.to) where.push({ day: { less_than_equal: filter.to } })
  const found = await payload.find({ collection: SLUGS.clicks, depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { and: where } as never })
  return (found.docs as unknown as Row[]).filter((r) => matches(r, filter))
}

const conditions = (table: Record<string, unknown>, f: ClickFilter): SQL | undefined => {
  const col = (name: string) => table[name] as never
  const parts: (SQL | undefined)[] = []
  if (f.from) parts.push(gte(col('day'), f.from as never))
  if (f.to) parts.push(lte(col('day'), f.to as never))
  if (f.deliveries) parts.push(inArray(col('delivery'), f.deliveries as never[]))
  for (const key of ['delivery', 'category', 'department', 'segment'] as const) {
    if (f[key]) parts.push(eq(col(key), f[key] as never))
  }
  return parts.length ? and(...parts) : undefined
}

/**
 * Clicks grouped by day and delivery, with unique visitors per group: the one query behind
 * every chart and table of the dashboard. Segment, category and department are properties of
 * the delivery: callers filter on them through `deliveries`, so the query reads nothing but the
 * (day, delivery, visitorKey) index.
 */
export const clickGroups = async (payload: Payload, filter: ClickFilter): Promise<ClickGroup[]> => {
  const sql = sqlAccess(payload, SLUGS.clicks)
  if (!sql) {
    const groups = new Map<string, ClickGroup & { visitors: Set<string> }>()
    for (const row of await allRows(payload, filter)) {
      const key = `${row.day}|${row.delivery}`
      const g = groups.get(key) ?? { clicks: 0, day: row.day, delivery: row.delivery ?? null, uniqueClicks: 0, visitors: new Set<string>() }
      g.clicks += 1
      g.visitors.add(row.visitorKey)
      groups.set(key, g)
    }
    return [...groups.values()].map(({ visitors, ...g }) => ({ ...g, uniqueClicks: visitors.size }))
  }
  const t = sql.table as Record<string, never>
  const rows = (await sql.drizzle
    .select({ clicks: count(), day: t.day, delivery: t.delivery, uniqueClicks: countDistinct(t.visitorKey) })
    .from(t as never)
    .where(conditions(t, filter))
    .groupBy(t.day, t.delivery)) as ClickGroup[]
  return rows.map((r) => ({ ...r, clicks: Number(r.clicks), uniqueClicks: Number(r.uniqueClicks) }))
}

/** Clicks and unique visitors per link of one delivery, and for the whole delivery. */
export const deliveryClickCounts = async (payload: Payload, delivery: string) => {
  const sql = sqlAccess(payload, SLUGS.clicks)
  if (!sql) {
    const rows = await allRows(payload, { delivery })
    const perLink = new Map<string, { clicks: number; visitors: Set<string> }>()
    for (const r of rows) {
      const e = perLink.get(r.link) ?? { clicks: 0, visitors: new Set<string>() }
      e.clicks += 1
      e.visitors.add(r.visitorKey)
      perLink.set(r.link, e)
    }
    return {
      clicks: rows.length,
      links: [...perLink].map(([link, e]) => ({ clicks: e.clicks, link, uniqueClicks: e.visitors.size })),
      uniqueClicks: new Set(rows.map((r) => r.visitorKey)).size,
    }
  }
  const t = sql.table as Record<string, never>
  const where = eq(t.delivery, delivery as never)
  const [links, totals] = await Promise.all([
    sql.drizzle.select({ clicks: count(), link: t.link, uniqueClicks: countDistinct(t.visitorKey) }).from(t as never).where(where).groupBy(t.link) as Promise<LinkCount[]>,
    sql.drizzle.select({ clicks: count(), uniqueClicks: countDistinct(t.visitorKey) }).from(t as never).where(where) as Promise<{ clicks: number; uniqueClicks: number }[]>,
  ])
  return {
    clicks: Number(totals[0]?.clicks ?? 0),
    links: links.map((l) => ({ clicks: Number(l.clicks), link: String(l.link), uniqueClicks: Number(l.uniqueClicks) })),
    uniqueClicks: Number(totals[0]?.uniqueClicks ?? 0),
  }
}

/** Clicks stored so far (benchmarks compare it with the redirects served). */
export const countClicks = async (payload: Payload): Promise<number> =>
  (await payload.count({ collection: SLUGS.clicks, overrideAccess: true })).totalDocs
