import type { Payload } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'
import { asc } from 'drizzle-orm'

import { CLICK_DAYS_SLUG } from '../../index'

export type DayCount = { clicks: number; day: string; delivery: string; uniqueClicks: number }

const byKey = (a: DayCount, b: DayCount) => a.day.localeCompare(b.day) || a.delivery.localeCompare(b.delivery)

/** The roll-up table as stored, read without the plugin's own check (which would repair it). */
export const storedRollup = async (payload: Payload): Promise<DayCount[]> => {
  const db = sqlOf(payload)!
  const t = db.table(CLICK_DAYS_SLUG)
  const rows = (await db.db
    .select({ clicks: t.clicks, day: t.day, delivery: t.delivery, uniqueClicks: t.uniqueClicks })
    .from(t)
    .orderBy(asc(t.day), asc(t.delivery))) as Record<string, unknown>[]
  return rows
    .map((r) => ({ clicks: Number(r.clicks), day: String(r.day), delivery: String(r.delivery), uniqueClicks: Number(r.uniqueClicks) }))
    .sort(byKey)
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

/**
 * Finished live deliveries as rows (with their segments, in the order given): through the
 * collection, its hooks would build and send messages.
 */
export const insertDeliveryRows = async (
  payload: Payload,
  rows: (Record<string, unknown> & { segments?: (number | string)[] })[],
): Promise<string[]> => {
  const db = sqlOf(payload)!
  const table = db.table('line-deliveries')
  const rels = db.table('line-deliveries', 'rels')
  const now = new Date().toISOString()
  const ids: string[] = []
  for (const { segments = [], ...row } of rows) {
    const [inserted] = (await db.db
      .insert(table)
      .values({ createdAt: now, mode: 'live', status: 'done', updatedAt: now, ...row })
      .returning({ id: table.id })) as { id: number }[]
    if (segments.length) {
      await db.db
        .insert(rels)
        .values(segments.map((segment, i) => ({ 'line-segmentsID': segment, order: i + 1, parent: inserted.id, path: 'segments' })))
    }
    ids.push(String(inserted.id))
  }
  return ids
}
