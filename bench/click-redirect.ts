/**
 * Click redirect benchmark: `GET /l/:code` (lookup, 302, click buffered and written in batches)
 * beside a bare express route answering the same 302 without recording, 100 connections with
 * autocannon on loopback, alternating runs in one process, on SQLite and PostgreSQL. After each
 * tracked run the stored clicks must equal the 302s served.
 *   npm run bench:clicks
 * Env: BENCH_DATABASES=sqlite,postgres  BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432
 *      BENCH_RUNS=5  BENCH_REQUESTS=40000 (per run: a fixed amount, so every request sent is answered
 *      and the stored clicks can be compared with the 302s exactly)
 * Prints a Markdown table and writes bench/results/click-redirect-<time>.json.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bundle, startServer } from './runner'

const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40_000)
const CONNECTIONS = 100
const UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0'

const autocannon = (await import('autocannon' as string)).default as (opts: Record<string, unknown>) => Promise<any>

const ENTRY = 'bench/click-redirect-server.ts'
await bundle([ENTRY])
fs.mkdirSync('bench/results', { recursive: true })
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'click-bench-'))

type Ports = { bare: number; code: string; control: number; tracked: number }

/** The bench server with its three ports (bare 302, tracked redirect, control) and the tracked link's code. */
const startClickServer = async (uri: string, env: Record<string, string>) => {
  const server = await startServer(ENTRY, uri, { AKITA_QUIET: '1', LINE_EMULATOR_PORT: '0', ...env })
  return { ports: server.ready as unknown as Ports, stop: server.stop }
}

const control = async (ports: Ports, path = '/count') =>
  (await (await fetch(`http://127.0.0.1:${ports.control}${path}`)).json()) as { clicks: number; rss: number }

const load = async (url: string, amount = REQUESTS) => {
  const result = await autocannon({ amount, connections: CONNECTIONS, headers: { 'user-agent': UA }, timeout: 30, url })
  const redirects = result.statusCodeStats?.['302']?.count ?? 0
  const other = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code !== '302')
  if (other.length) throw new Error(`${url}: answers other than 302: ${JSON.stringify(other)}`)
  return {
    errors: result.errors + result.timeouts,
    p50: result.latency.p50 as number,
    p99: result.latency.p99 as number,
    redirects, // requests.average is the mean of whole-second samples: with a fixed amount the last, partial
    // second drags it down and runs of a few seconds come out in coarse steps (2,223, 2,501, 3,334).
    rps: (result.requests.total as number) / (result.duration as number),
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const results: Record<string, unknown>[] = []
for (const db of databases) {
  const uri = db === 'sqlite' ? `file:${path.join(tmp, 'clicks.db')}` : `${pgBase}/akita_bench_clicks`
  const server = await startClickServer(uri, db === 'postgres' ? { PAYLOAD_DROP_DATABASE: 'true' } : {})
  const { ports } = server
  // Warm both (JIT, link cache, connection pool), then start counting from zero.
  await load(`http://127.0.0.1:${ports.bare}/l/${ports.code}`, 2000)
  await load(`http://127.0.0.1:${ports.tracked}/l/${ports.code}`, 2000)
  await control(ports, '/reset')
  const runs: Record<string, number | boolean>[] = []
  for (let run = 0; run < RUNS; run++) {
    const bare = await load(`http://127.0.0.1:${ports.bare}/l/${ports.code}`)
    const before = (await control(ports)).clicks
    const tracked = await load(`http://127.0.0.1:${ports.tracked}/l/${ports.code}`)
    const after = await control(ports)
    const stored = after.clicks - before
    runs.push({
      bareRps: bare.rps,
      clicksMatch: stored === tracked.redirects,
      errors: tracked.errors + bare.errors,
      ratio: tracked.rps / bare.rps,
      redirects: tracked.redirects,
      rssMb: Math.round(after.rss / 1048576),
      stored,
      trackedP99: tracked.p99,
      trackedRps: tracked.rps,
    })
    console.error(
      `${db} run ${run + 1}: bare ${bare.rps.toFixed(0)} req/s, tracked ${tracked.rps.toFixed(0)} req/s (${((tracked.rps / bare.rps) * 100).toFixed(0)}%), 302s ${tracked.redirects}, stored ${stored}`,
    )
  }
  await server.stop()
  results.push({
    bareRps: median(runs.map((r) => r.bareRps as number)),
    clicksMatch: runs.every((r) => r.clicksMatch),
    database: db,
    ratio: median(runs.map((r) => r.ratio as number)),
    runs,
    trackedP99: median(runs.map((r) => r.trackedP99 as number)),
    trackedRps: median(runs.map((r) => r.trackedRps as number)),
  })
}
fs.rmSync(tmp, { force: true, recursive: true })

const file = `bench/results/click-redirect-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
fs.writeFileSync(
  file,
  JSON.stringify(
    {
      connections: CONNECTIONS,
      cpus: os.cpus().length,
      requests: REQUESTS,
      loadavg: os.loadavg(),
      node: process.version,
      results,
      runs: RUNS,
    },
    null,
    2,
  ),
)
console.log('| Database | Bare express 302 (req/s) | `GET /l/:code` (req/s) | Ratio | p99 (ms) | Stored clicks = 302s |')
console.log('|---|---|---|---|---|---|')
for (const r of results as any[]) {
  console.log(
    `| ${r.database} | ${Math.round(r.bareRps)} | ${Math.round(r.trackedRps)} | ${(r.ratio * 100).toFixed(0)} % | ${r.trackedP99} | ${r.clicksMatch ? 'yes, every run' : 'NO'} |`,
  )
}
console.log(`\n${file}`)
