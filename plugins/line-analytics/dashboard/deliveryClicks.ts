import type { Payload } from 'payload'

import { count, countDistinct, eq, sum } from 'drizzle-orm'

import { ensureClickDays } from '../rollup/clickDays'
import { clickTables } from '../rollup/statements'
import { clickRecords } from './clicks'

export type LinkCount = { clicks: number; link: string; uniqueClicks: number }

export type DeliveryClicks = { clicks: number; links: LinkCount[]; uniqueClicks: number }

/** MongoDB: counted in memory, a visitor once per JST day as on SQL. */
const countedInMemory = async (payload: Payload, delivery: string): Promise<DeliveryClicks> => {
  const rows = await clickRecords(payload, { delivery })
  const perLink = new Map<string, { clicks: number; visitors: Set<string> }>()
  for (const r of rows) {
    const e = perLink.get(r.link) ?? { clicks: 0, visitors: new Set<string>() }
    e.clicks += 1
    e.visitors.add(`${r.day}|${r.visitorKey}`)
    perLink.set(r.link, e)
  }
  return {
    clicks: rows.length,
    links: [...perLink].map(([link, e]) => ({ clicks: e.clicks, link, uniqueClicks: e.visitors.size })),
    uniqueClicks: new Set(rows.map((r) => `${r.day}|${r.visitorKey}`)).size,
  }
}

/**
 * Clicks and unique visitors per link of one delivery, and for the whole delivery. Unique
 * visitors are counted per JST day and summed, as on the dashboard (visitor keys rotate daily,
 * so a day is the only span over which one phone is recognised), so this delivery's figures
 * equal its row on the dashboard and in the CSV for any period that covers its clicks.
 */
export const deliveryClickCounts = async (payload: Payload, delivery: string): Promise<DeliveryClicks> => {
  const t = clickTables(payload)
  if (!t) return countedInMemory(payload, delivery)
  const { clicks: c, days } = t
  await ensureClickDays(payload)
  const [links, totals] = await Promise.all([
    // Read from the (delivery, link, day, visitorKey) index alone.
    t.sql.db
      .select({ clicks: count(), link: c.link, uniqueClicks: countDistinct(c.visitorKey) })
      .from(c)
      .where(eq(c.delivery, delivery))
      .groupBy(c.link, c.day) as Promise<LinkCount[]>,
    t.sql.db
      .select({ clicks: sum(days.clicks), uniqueClicks: sum(days.uniqueClicks) })
      .from(days)
      .where(eq(days.delivery, delivery)) as Promise<{ clicks: null | number | string; uniqueClicks: null | number | string }[]>,
  ])
  const perLink = new Map<string, LinkCount>()
  for (const l of links) {
    const e = perLink.get(String(l.link)) ?? { clicks: 0, link: String(l.link), uniqueClicks: 0 }
    e.clicks += Number(l.clicks)
    e.uniqueClicks += Number(l.uniqueClicks)
    perLink.set(e.link, e)
  }
  return { clicks: Number(totals[0]?.clicks ?? 0), links: [...perLink.values()], uniqueClicks: Number(totals[0]?.uniqueClicks ?? 0) }
}
