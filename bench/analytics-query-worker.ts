/**
 * Worker of bench/analytics-query.ts: on DATABASE_URI, makes sure 1,000,000 click rows (90 days,
 * 300 live deliveries) exist, builds the daily roll-up from them, then times the dashboard's click
 * query (from the roll-up, and from the click rows as the baseline), the whole dashboard
 * computation, and a flush of 2,000 clicks with its roll-up refresh. Prints `BENCH_RESULT {…}`.
 */
import crypto from 'node:crypto'
import { getPayload } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'
import { addJstDays, jstDay, jstDayStart } from '@akita-dx/plugin-core/shared'
import { type ClickRow, clickGroups, dashboardData, rebuildClickDays, writeClicks } from '@akita-dx/plugin-line-analytics'
import { sql } from 'drizzle-orm'

import config from '../payload.config'
import { TOPICS } from '../src/lib/akita'

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const DELIVERIES = 300
const DAYS = 90

const payload = await getPayload({ config })
const today = jstDay(Date.now())
const first = addJstDays(today, -(DAYS - 1))

const ensureDeliveries = async (): Promise<string[]> => {
  const found = await payload.find({
    collection: 'line-deliveries',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { id: true } as never,
  })
  if (found.docs.length >= DELIVERIES) return (found.docs as { id: number | string }[]).map((d) => String(d.id))
  // Straight into the table: the collection's hooks would build and send real messages.
  const db = sqlOf(payload)!
  const now = new Date().toISOString()
  const rows = Array.from({ length: DELIVERIES }, (_, i) => {
    const day = addJstDays(first, Math.floor((i * DAYS) / DELIVERIES))
    return {
      collection: 'announcements',
      createdAt: now,
      document: String(i + 1),
      documentTitle: `ベンチマーク用のお知らせ ${i + 1}`,
      finishedAt: new Date(jstDayStart(day).getTime() + 11 * 3_600_000).toISOString(),
      mode: 'live',
      sent: 2000 + (i % 7) * 500,
      startedAt: new Date(jstDayStart(day).getTime() + 10 * 3_600_000).toISOString(),
      status: 'done',
      total: 2000 + (i % 7) * 500,
      updatedAt: now,
    }
  })
  await db.db.insert(db.table('line-deliveries')).values(rows)
  return ensureDeliveries()
}

/** Test data only: big statements in one transaction (the server writes through writeClicks). */
const insertFast = async (rows: ClickRow[]) => {
  const db = sqlOf(payload)!
  const table = db.table('line-link-clicks')
  const now = new Date().toISOString()
  await db.db.transaction(async (tx: typeof db.db) => {
    for (let i = 0; i < rows.length; i += 3000) {
      await tx.insert(table).values(rows.slice(i, i + 3000).map((r) => ({ ...r, createdAt: now, updatedAt: now })))
    }
  })
}

/** Planner statistics after a bulk load, as autovacuum / a DBA would have them in production. */
const analyze = async () => {
  const db = sqlOf(payload)!
  await db.execute(sql.raw(db.dialect === 'sqlite' ? 'ANALYZE' : 'VACUUM ANALYZE line_link_clicks'))
}

const deliveries = await ensureDeliveries()
const existing = (await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs
if (existing < ROWS) {
  const started = Date.now()
  const visitors = Array.from({ length: 200_000 }, () => crypto.randomBytes(16).toString('base64url'))
  let batch: ClickRow[] = []
  for (let i = existing; i < ROWS; i++) {
    const d = i % deliveries.length
    const startDay = addJstDays(first, Math.floor((d * DAYS) / DELIVERIES))
    // Most taps come within a few days of the send.
    const day = addJstDays(startDay, Math.min(Math.floor(-Math.log(Math.random()) * 1.5), 13))
    batch.push({
      category: TOPICS[d % TOPICS.length].value,
      clickedAt: new Date(jstDayStart(day).getTime() + 12 * 3_600_000).toISOString(),
      day: day > today ? today : day,
      delivery: deliveries[d],
      department: String((d % 8) + 1),
      link: String(d * 3 + (i % 3) + 1),
      segment: String((d % 20) + 1),
      visitorKey: visitors[Math.floor(Math.random() * visitors.length)],
    })
    if (batch.length === 30_000) {
      await insertFast(batch)
      batch = []
      if (i % 100_000 < 10_000) process.stderr.write(`  inserted ${i + 1} rows\n`)
    }
  }
  if (batch.length) await writeClicks(payload, batch)
  await analyze()
  process.stderr.write(`  ${ROWS - existing} rows inserted in ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
}

const time = async (fn: () => Promise<unknown>) => {
  const times: number[] = []
  await fn() // warm-up: page cache, prepared statements
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { max: times[times.length - 1], median: times[Math.floor(times.length / 2)], min: times[0] }
}

// The backfill a deployment runs once over the rows written before the roll-up existed.
const rebuildStarted = performance.now()
await rebuildClickDays(payload)
const rollupBuild = performance.now() - rebuildStarted
await analyze()

/** 2,000 taps of today on 20 deliveries: one flush of the buffer at its default batch size. */
const flushBatch = (): ClickRow[] =>
  Array.from({ length: 2000 }, (_, i) => ({
    category: TOPICS[i % TOPICS.length].value,
    clickedAt: new Date().toISOString(),
    day: today,
    delivery: deliveries[deliveries.length - 1 - (i % 20)],
    department: '1',
    link: '1',
    segment: '1',
    visitorKey: crypto.randomBytes(16).toString('base64url'),
  }))

const last30 = { from: addJstDays(today, -29), to: today }
const all = { from: first, to: today }
const result = {
  groups30: await time(() => clickGroups(payload, last30, 'clicks')),
  groups90: await time(() => clickGroups(payload, all, 'clicks')),
  rollup30: await time(() => clickGroups(payload, last30)),
  rollup90: await time(() => clickGroups(payload, all)),
  dashboard30: await time(() => dashboardData(payload, last30)),
  dashboard90: await time(() => dashboardData(payload, all)),
  dashboard30Segment: await time(() => dashboardData(payload, { ...last30, segment: '3' })),
  dashboard90Clicks: await time(() => dashboardData(payload, all, { source: 'clicks' })),
  rollupBuild,
  rows: (await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs,
  // Last: they add 2,000 × (RUNS + 1) rows each (a later BENCH_KEEP run starts from more rows).
  // Baseline: the INSERTs alone, as clicks were written before the roll-up (its pairs are
  // recounted by the flushes timed next, so the roll-up ends consistent).
  flush2000Plain: await time(async () => {
    const db = sqlOf(payload)!
    const table = db.table('line-link-clicks')
    const now = new Date().toISOString()
    const rows = flushBatch()
    for (let i = 0; i < rows.length; i += 500)
      await db.db.insert(table).values(rows.slice(i, i + 500).map((r) => ({ ...r, createdAt: now, updatedAt: now })))
  }),
  flush2000: await time(() => writeClicks(payload, flushBatch())),
}
console.log(`BENCH_RESULT ${JSON.stringify(result)}`)
await payload.destroy()
process.exit(0)
