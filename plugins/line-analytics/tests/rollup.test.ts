import type { Payload, Where } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { sqlOf } from '@akita-dx/plugin-core'
import { addJstDays, jstDay, jstDayStart } from '@akita-dx/plugin-core/shared'

import {
  type ClickRow,
  clickGroups,
  dashboardData,
  deliveryClickCounts,
  deliveryFigures,
  pruneClicks,
  rebuildClickDays,
  writeClicks,
} from '../index'
import { visitorKeyer } from '../redirect/visitor'
import { ClickBuffer } from '../rollup/clickBuffer'
import { bootAnalyticsPayload } from './helpers/boot'
import { NOTICES } from './helpers/config'
import { countedFromRows, insertDeliveryRows, storedRollup } from './helpers/rollup'

const today = jstDay(Date.now())
const DAYS = 10
const keyOf = visitorKeyer('rollup-test-secret')

/**
 * The daily roll-up (clicks and unique visitors per JST day × delivery) against the click rows
 * it is derived from: after a backfill, concurrent flushes, a failed write, deletions, and as
 * the dashboard, the CSV's source and a delivery's figures read it.
 */
describe('daily click roll-up', () => {
  let payload: Payload
  let deliveries: string[]
  let n = 0

  /** `count` clicks on days of the last DAYS, from a pool of phones small enough that they repeat within a day. */
  const clicks = (count: number, { delivery, phones = 25 }: { delivery?: null | string; phones?: number } = {}): ClickRow[] =>
    Array.from({ length: count }, () => {
      n += 1
      const day = addJstDays(today, -(n % DAYS))
      const at = new Date(jstDayStart(day).getTime() + 9 * 3_600_000 + (n % 3_600) * 1000)
      const d = delivery === undefined ? deliveries[n % deliveries.length] : delivery
      return {
        category: 'kosodate',
        clickedAt: at.toISOString(),
        day,
        delivery: d,
        department: '1',
        link: `${d ?? 'x'}-${n % 3}`,
        segment: '1',
        visitorKey: keyOf(`198.51.100.${(n * 7) % phones}`, 'Mozilla/5.0 Line/14.9.0', at),
      }
    })

  const expectRollupMatchesRows = async () => {
    const expected = await countedFromRows(payload)
    expect(await storedRollup(payload)).toEqual(expected)
    return expected
  }

  beforeAll(async () => {
    payload = await bootAnalyticsPayload()
    deliveries = await insertDeliveryRows(
      payload,
      Array.from({ length: 4 }, (_, i) => ({
        collection: NOTICES,
        document: String(i + 1),
        documentTitle: `お知らせ ${i + 1}`,
        sent: 100,
        startedAt: jstDayStart(addJstDays(today, -DAYS + i)).toISOString(),
        total: 100,
      })),
    )
  }, 120_000)

  afterAll(async () => {
    await payload?.destroy()
  })

  it('backfills click rows written before the roll-up existed on first use', async () => {
    // Straight into the table, as writers before the roll-up did.
    const db = sqlOf(payload)!
    const now = new Date().toISOString()
    const old = [...clicks(1200), ...clicks(30, { delivery: null })]
    for (let i = 0; i < old.length; i += 300)
      await db.db.insert(db.table('line-link-clicks')).values(old.slice(i, i + 300).map((r) => ({ ...r, createdAt: now, updatedAt: now })))
    expect(await storedRollup(payload)).toEqual([])

    const groups = await clickGroups(payload, { from: addJstDays(today, -DAYS), to: today })
    const expected = await expectRollupMatchesRows()
    expect(expected.reduce((s, g) => s + g.clicks, 0)).toBe(1200)
    expect(expected.some((g) => g.uniqueClicks < g.clicks)).toBe(true)
    expect(groups.sort((a, b) => a.day.localeCompare(b.day) || String(a.delivery).localeCompare(String(b.delivery)))).toEqual(expected)
  })

  it('agrees with the click rows after concurrent flushes over the same days and deliveries', async () => {
    const before = (await storedRollup(payload)).reduce((s, g) => s + g.clicks, 0)
    // The same 60 phones, new to today, tap in every batch: each must count once, not once per flush.
    const at = new Date()
    const shared = Array.from({ length: 60 }, (_, i) => ({
      ...clicks(1)[0],
      clickedAt: at.toISOString(),
      day: jstDay(at),
      delivery: deliveries[0],
      visitorKey: keyOf(`203.0.113.${i}`, 'concurrent', at),
    }))
    const batches = Array.from({ length: 12 }, () => [...clicks(340), ...shared])
    const written = await Promise.all(batches.map((batch) => writeClicks(payload, batch)))
    expect(written.reduce((s, w) => s + w, 0)).toBe(4800)
    const expected = await expectRollupMatchesRows()
    expect(expected.reduce((s, g) => s + g.clicks, 0)).toBe(before + 4800)
  }, 60_000)

  it('agrees with the click rows when a buffer is flushed by size, by timer and by hand at once', async () => {
    const buffer = new ClickBuffer(payload, 5, 150)
    const flushes: Promise<void>[] = []
    for (const [i, row] of clicks(3000).entries()) {
      buffer.push(row)
      if (i % 400 === 0) flushes.push(buffer.flush())
      if (i % 250 === 0) await new Promise((r) => setTimeout(r, 2))
    }
    await Promise.all(flushes)
    await buffer.close()
    expect(buffer.size).toBe(0)
    expect(buffer.written).toBe(3000)
    await expectRollupMatchesRows()
  }, 60_000)

  it('stores and counts nothing of a write that fails part-way, so retrying it counts each click once', async () => {
    const stored = await storedRollup(payload)
    const rawBefore = (await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs
    const batch = clicks(700)
    // The last chunk fails (visitorKey is NOT NULL) after the first 500 rows were inserted.
    const broken = [...batch.slice(0, 699), { ...batch[699], visitorKey: null as unknown as string }]
    await expect(writeClicks(payload, broken)).rejects.toThrow()
    expect((await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs).toBe(rawBefore)
    expect(await storedRollup(payload)).toEqual(stored)
    await writeClicks(payload, batch)
    expect((await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs).toBe(rawBefore + 700)
    await expectRollupMatchesRows()
  })

  it('recounts the day of deleted clicks', async () => {
    const day = addJstDays(today, -3)
    const where: Where = {
      and: [{ day: { equals: day } }, { delivery: { equals: deliveries[1] } }, { link: { equals: `${deliveries[1]}-0` } }],
    }
    const { docs } = await payload.delete({ collection: 'line-link-clicks', overrideAccess: true, where })
    expect(docs.length).toBeGreaterThan(0)
    await expectRollupMatchesRows()
  })

  it('gives the dashboard, its CSV and each delivery the same figures as counting the click rows', async () => {
    for (const filter of [
      { from: addJstDays(today, -DAYS), to: today },
      { from: addJstDays(today, -2), to: today },
      { from: addJstDays(today, -6), to: addJstDays(today, -4) },
    ]) {
      const fromDays = await dashboardData(payload, filter)
      expect(fromDays).toEqual(await dashboardData(payload, filter, { source: 'clicks' }))
      expect(fromDays.totals.clicks).toBeGreaterThan(0)
    }
    const all = await dashboardData(payload, { from: addJstDays(today, -DAYS), to: today })
    expect(all.deliveries.map((d) => d.id).sort()).toEqual([...deliveries].sort())
    const rows = await countedFromRows(payload)
    for (const row of all.deliveries) {
      const figures = (await deliveryFigures(payload, row.id))!
      expect({ clicks: figures.clicks, uniqueClicks: figures.uniqueClicks }).toEqual({ clicks: row.clicks, uniqueClicks: row.uniqueClicks })
      const mine = rows.filter((g) => g.delivery === row.id)
      expect(row.clicks).toBe(mine.reduce((s, g) => s + g.clicks, 0))
      expect(row.uniqueClicks).toBe(mine.reduce((s, g) => s + g.uniqueClicks, 0))
      // Per link too: unique visitors per day, summed over the days.
      const perLink = await deliveryClickCounts(payload, row.id)
      expect(perLink.links.reduce((s, l) => s + l.clicks, 0)).toBe(row.clicks)
      expect(perLink.links.every((l) => l.uniqueClicks <= l.clicks && l.uniqueClicks > 0)).toBe(true)
    }
  })

  // Last: it deletes click rows, so the roll-up no longer equals a count of the rows.
  it('prunes click rows before the retention period and keeps their days in the roll-up, through a rebuild too', async () => {
    const before = await storedRollup(payload)
    const period = { from: addJstDays(today, -DAYS), to: today }
    const dashboard = await dashboardData(payload, period)
    // Retention is 400 days: "now" 395 days ahead keeps the last five days of rows.
    const firstKept = await pruneClicks(payload, new Date(Date.now() + 395 * 86_400_000))
    expect(firstKept).toBe(addJstDays(today, -5))
    const left = await countedFromRows(payload)
    expect(left.length).toBeGreaterThan(0)
    expect(left.every((g) => g.day >= firstKept!)).toBe(true)
    expect(before.some((g) => g.day < firstKept!)).toBe(true)
    expect(await storedRollup(payload)).toEqual(before)
    // A rebuild recounts only the days rows still back; the pruned days stay as they were.
    expect(await rebuildClickDays(payload)).toBe(left.reduce((s, g) => s + g.clicks, 0))
    expect(await storedRollup(payload)).toEqual(before)
    expect(await dashboardData(payload, period)).toEqual(dashboard)
  })
})
