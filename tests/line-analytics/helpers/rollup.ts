import type { Payload } from 'payload'

import { asc } from '@payloadcms/db-sqlite/drizzle'

import { CLICK_DAYS_SLUG } from '../../../plugins/line-analytics/collections/ClickDays'
import { sqlAccess } from '../../../plugins/line-analytics/server/sqlTable'

export type DayCount = { clicks: number; day: string; delivery: string; uniqueClicks: number }

const byKey = (a: DayCount, b: DayCount) => a.day.localeCompare(b.day) || a.delivery.localeCompare(b.delivery)

/** The roll-up table as stored, read without the plugin's own check (which would repair it). */
export const storedRollup = async (payload: Payload): Promise<DayCount[]> => {
  const sql = sqlAccess(payload, CLICK_DAYS_SLUG)!
  const t = sql.table as Record<string, never>
  const rows = (await sql.drizzle
    .select({ clicks: t.clicks, day: t.day, delivery: t.delivery, uniqueClicks: t.uniqueClicks })
    .from(t as never)
    .orderBy(asc(t.day), asc(t.delivery))) as Record<string, unknown>[]
  return rows.map((r) => ({ clicks: Number(r.clicks), day: String(r.day), delivery: String(r.delivery), uniqueClicks: Number(r.uniqueClicks) })).sort(byKey)
}

/** What the roll-up must say, counted in JavaScript from every click row in the table. */
export const countedFromRows = async (payload: Payload): Promise<DayCount[]> => {
  const found = await payload.find({ collection: 'line-link-clicks', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const groups = new Map<string, DayCount & { visitors: Set<string> }>()
  for (const row of found.docs as unknown as { day: string; delivery?: null | string; visitorKey: string }[]) {
    if (!row.delivery) continue
    const key = `${row.day}|${row.delivery}`
    const g = groups.get(key) ?? { clicks: 0, day: row.day, delivery: row.delivery, uniqueClicks: 0, visitors: new Set<string>() }
    g.clicks += 1
    g.visitors.add(row.visitorKey)
    groups.set(key, g)
  }
  return [...groups.values()].map(({ visitors, ...g }) => ({ ...g, uniqueClicks: visitors.size })).sort(byKey)
}
