/**
 * Search index benchmark: `GET /api/public/subsidies` with 2,000 distinct generated queries
 * (keywords of 1 to 4 characters × 市町村 × purposes × kinds × statuses × sorts × pages), the
 * response cache off, read from the search index beside Payload's find (the index switched off
 * with PUBLIC_API_SEARCH_INDEX=off, the path every uncached query took before) and beside the
 * cached path (one repeated query, cache on), on SQLite and PostgreSQL, in one run.
 *   - single request: each query once, one at a time on one kept-alive connection (node:http); median and p95;
 *   - throughput: 50 connections (autocannon), each request the next distinct query; median of runs.
 *   npm run bench:search
 * Env: BENCH_DATABASES=sqlite,postgres  BENCH_SIZES=10000,100000  BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432
 *      BENCH_RUNS=3  BENCH_DURATION=10  BENCH_FIND_QUERIES=300 (single requests on Payload's find: it is slow)
 * Writes bench/results/public-search-<time>.json and the "Search index" section of docs/BENCHMARKS.md.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { median } from './public-api-report'
import { generatedQueries } from './public-search-queries'
import { type SearchRow, writeSearchReport } from './public-search-report'
import { bundle, load, measure, type Server, startServer } from './runner'

const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const FIND_QUERIES = Number(process.env.BENCH_FIND_QUERIES ?? 300)
const ENTRY = 'bench/public-api-server.ts'

const queries = generatedQueries(2_000)
await bundle([ENTRY])
fs.mkdirSync('bench/results', { recursive: true })

type Answer = { docs: { id: string }[]; totalDocs: number }

/** One kept-alive socket for the single requests: node's fetch adds more of its own per request than the index's answer costs. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

/** GET on the agent; the body is read as a buffer and parsed after the clock stops. */
const get = (url: string) =>
  new Promise<{ body: Buffer; status: number }>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ body: Buffer.concat(chunks), status: res.statusCode ?? 0 }))
        res.on('error', reject)
      })
      .on('error', reject)
  })

/** Each query once, one after the other: the latency a founder sees when nothing else is asked. */
const singleRequests = async (base: string, list: readonly string[]) => {
  const times: number[] = []
  const answers = new Map<string, Answer>()
  for (const query of list) {
    const started = performance.now()
    const res = await get(`${base}/api/public/subsidies?${query}`)
    times.push(performance.now() - started)
    const body = JSON.parse(res.body.toString('utf8')) as Answer
    if (res.status !== 200) throw new Error(`${query}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`)
    answers.set(query, body)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { answers, median: median(times), p95: sorted[Math.floor(sorted.length * 0.95)] }
}

/** Throughput over the distinct queries, each request the next one. */
const throughput = async (base: string, server: Server) => {
  let next = 0
  const pathOf = () => `/api/public/subsidies?${queries[next++ % queries.length]}`
  await measure(base, pathOf, 2, server)
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await measure(base, pathOf, DURATION, server))
  return runs
}

/**
 * Where both paths order the same way (a named sort, or no keyword), the pages must be the same;
 * the totals always, except past the last page, where Payload's find says 0.
 */
const compare = (index: Map<string, Answer>, find: Map<string, Answer>) => {
  let compared = 0
  for (const [query, answer] of find) {
    const params = new URLSearchParams(query)
    const ranked = params.has('q') && !params.has('sort')
    const other = index.get(query)!
    const pastTheEnd = !answer.docs.length && params.has('page')
    const sameTotal = pastTheEnd ? !other.docs.length : other.totalDocs === answer.totalDocs
    const samePage = ranked || JSON.stringify(other.docs) === JSON.stringify(answer.docs)
    if (!sameTotal || !samePage) throw new Error(`the index and Payload's find answer ${query} differently`)
    compared += 1
  }
  return compared
}

const meta = {
  cpus: os.cpus().length,
  duration: DURATION,
  measuredAt: new Date().toISOString().slice(0, 10),
  queries: queries.length,
  runs: RUNS,
}
const resultFile = `bench/results/public-search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
const rows: SearchRow[] = []
for (const size of sizes) {
  for (const db of databases) {
    const uri = db === 'sqlite' ? `file:${path.resolve(`bench/results/public-search-${size}.db`)}` : `${pgBase}/akita_bench_search_${size}`
    const boot = (env: Record<string, string>) => startServer(ENTRY, uri, { BENCH_PROGRAMMES: String(size), ...env })
    console.error(`${db} ${size}: preparing programmes and the index…`)
    // The first boot pushes the schema and generates; the later ones skip the push (see public-api.ts).
    const cached = await boot({})
    const base = (server: Server) => `http://127.0.0.1:${server.port}`
    const prepared = cached.ready
    const loadBefore = load()
    const cachedRuns = []
    try {
      const repeated = `/api/public/subsidies?${queries[0]}`
      await measure(base(cached), repeated, 2, cached)
      for (let run = 0; run < RUNS; run++) cachedRuns.push(await measure(base(cached), repeated, DURATION, cached))
    } finally {
      await cached.stop()
    }
    const indexed = await boot({ PAYLOAD_MIGRATING: 'true', PUBLIC_API_CACHE_TTL_MS: '0' })
    let indexSingle, indexRuns
    try {
      indexSingle = await singleRequests(base(indexed), queries)
      indexRuns = await throughput(base(indexed), indexed)
    } finally {
      await indexed.stop()
    }
    const find = await boot({ PAYLOAD_MIGRATING: 'true', PUBLIC_API_CACHE_TTL_MS: '0', PUBLIC_API_SEARCH_INDEX: 'off' })
    let findSingle, findRuns
    try {
      findSingle = await singleRequests(base(find), queries.slice(0, FIND_QUERIES))
      findRuns = await throughput(base(find), find)
    } finally {
      await find.stop()
    }
    const compared = compare(indexSingle.answers, findSingle.answers)
    const row: SearchRow = {
      cached: cachedRuns,
      compared,
      db,
      find: { median: findSingle.median, p95: findSingle.p95, queries: findSingle.answers.size, runs: findRuns },
      index: { median: indexSingle.median, p95: indexSingle.p95, queries: indexSingle.answers.size, runs: indexRuns },
      indexMs: (prepared.indexMs as null | number) ?? null,
      load: [loadBefore, load()],
      size,
    }
    rows.push(row)
    // Saved after each database and size, so that a run cut short keeps what it measured.
    fs.writeFileSync(resultFile, JSON.stringify({ ...meta, rows }, null, 2))
    console.error(
      `  ${db} ${size}: single request median ${row.index.median.toFixed(2)} ms (find ${row.find.median.toFixed(1)} ms), ` +
        `50 connections ${median(indexRuns.map((r) => r.rps)).toFixed(0)} req/s (find ${median(findRuns.map((r) => r.rps)).toFixed(0)}, ` +
        `cached ${median(cachedRuns.map((r) => r.rps)).toFixed(0)}); ${compared} answers compared`,
    )
  }
}

writeSearchReport(rows, meta)
