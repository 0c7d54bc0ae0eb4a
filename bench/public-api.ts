/**
 * Public subsidies API benchmark: `GET /api/public/subsidies?q=創業&status=open&sort=deadline`
 * beside the equivalent generic REST query (`/api/subsidies?where…&depth=0`), 50 connections
 * with autocannon on loopback, 10,000 generated programmes, on SQLite and PostgreSQL in one run.
 * Also the public API with its response cache turned off, to show what the cache is worth.
 * Every run starts once the server has drained the one before (see waitForDrain), so a run of
 * the fast endpoint never measures the backlog the slow one left.
 *   npm run bench:public-api
 * Env: BENCH_DATABASES=sqlite,postgres  BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432
 *      BENCH_RUNS=5  BENCH_DURATION=10 (seconds per run)  BENCH_PROGRAMMES=10000
 * Prints a Markdown table, writes bench/results/public-api-<time>.json and the section
 * "Public subsidies API" of docs/BENCHMARKS.md (medians of the runs; see public-api-report.ts).
 * BENCH_RENDER=bench/results/public-api-<time>.json writes the section from a saved result.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { stringify } from 'qs-esm'

import { subsidySearchQuery } from '@akita-dx/plugin-public-api'

import config from '../payload.config'
import { type Figures, type Meta, type Row, summarise, writeReport } from './public-api-report'

const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = 50
const PROGRAMMES = Number(process.env.BENCH_PROGRAMMES ?? 10_000)
const QUERY = 'q=創業&status=open&sort=deadline'

if (process.env.BENCH_RENDER) {
  // Render a saved result again (the report's wording changed, say) without measuring.
  const saved = JSON.parse(fs.readFileSync(process.env.BENCH_RENDER, 'utf8')) as Meta & { rows: Row[] }
  const measuredAt = saved.measuredAt ?? fs.statSync(process.env.BENCH_RENDER).mtime.toISOString().slice(0, 10)
  writeReport(saved.rows, { ...saved, measuredAt })
  process.exit(0)
}

const { bundle, NODE_FLAGS, outFileOf } = (await import(pathToFileURL(path.resolve('scripts/bundle.mjs')).href)) as {
  bundle: (entries: string[]) => Promise<void>
  NODE_FLAGS: string[]
  outFileOf: (entry: string) => string
}
const autocannon = (await import('autocannon' as string)).default as (opts: Record<string, unknown>) => Promise<any>

await bundle(['bench/public-api-server.ts'])
fs.mkdirSync('bench/results', { recursive: true })

type Server = { pid: number; port: number; stop: () => Promise<void> }

const startServer = (uri: string, env: Record<string, string>): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, outFileOf('bench/public-api-server.ts')], {
      env: {
        ...process.env,
        BENCH_PROGRAMMES: String(PROGRAMMES),
        DATABASE_URI: uri,
        NODE_ENV: 'development',
        PAYLOAD_SECRET: 'bench',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stderr.on('data', (c) => {
      err += c
      if (String(c).startsWith('generated')) process.stderr.write(`  ${c}`)
    })
    child.stdout.on('data', (c) => {
      out += c
      const line = out.split('\n').find((l) => l.startsWith('BENCH_READY '))
      if (line) {
        const { port } = JSON.parse(line.slice('BENCH_READY '.length)) as { port: number }
        out = ''
        resolve({
          pid: child.pid!,
          port,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done())
              child.kill('SIGTERM')
            }),
        })
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}\n${out.slice(-1500)}\n${err.slice(-1500)}`)))
  })

/** CPU seconds the server process has used so far (Linux /proc; null elsewhere). */
const cpuSecondsOf = (pid: number): null | number => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime, fields 14 and 15 of stat (12 and 13 after the command name).
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return null
  }
}
const CLOCK_TICKS = 100
const load = () => Number(os.loadavg()[0].toFixed(2))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the server has worked off what the last run left behind: autocannon stops after
 * its duration, but the server still answers the requests it had accepted (up to one per
 * connection, seconds each for the generic REST query), and a run started on top of that
 * backlog measures the backlog. Drained means: the server process used under 10% of a core over
 * a 300 ms window and `/healthz` (a database round trip, so a queue in the pool shows too)
 * answered in under 25 ms, three times in a row. Returns the milliseconds waited.
 */
const waitForDrain = async (base: string, server: Server, limitMs = 120_000) => {
  const started = Date.now()
  let quiet = 0
  while (quiet < 3 && Date.now() - started < limitMs) {
    const cpuBefore = cpuSecondsOf(server.pid)
    await sleep(300)
    const cpuAfter = cpuSecondsOf(server.pid)
    const t0 = performance.now()
    // A new connection each time: a kept-alive one the server has just timed out resets.
    const healthy = await fetch(`${base}/healthz`, { headers: { connection: 'close' } })
      .then(async (res) => (await res.arrayBuffer(), res.ok))
      .catch(() => false)
    const healthMs = performance.now() - t0
    const cpuShare = cpuBefore === null || cpuAfter === null ? 0 : (cpuAfter - cpuBefore) / 0.3
    quiet = healthy && healthMs < 25 && cpuShare < 0.1 ? quiet + 1 : 0
  }
  if (quiet < 3) console.error(`  server did not drain within ${limitMs / 1000} s; measuring anyway`)
  return Date.now() - started
}

/**
 * One autocannon run: 50 connections, one request in flight per connection (no pipelining) and
 * autocannon in this process (no worker threads), so the load generator takes one core of a
 * small machine and the server the other. `serverCpu` is the share of one core the server
 * used: near 1 means the server was the bottleneck, well under 1 that the load generator (or
 * other work on the machine) was.
 */
const measure = async (base: string, pathname: string, duration: number, server: Server): Promise<Figures> => {
  const drainMs = await waitForDrain(base, server)
  const loadBefore = load()
  const cpuBefore = cpuSecondsOf(server.pid)
  const generatorBefore = process.cpuUsage()
  const result = await autocannon({ connections: CONNECTIONS, duration, pipelining: 1, timeout: 60, url: `${base}${pathname}`, workers: 0 })
  const cpuAfter = cpuSecondsOf(server.pid)
  const generator = process.cpuUsage(generatorBefore)
  if (result.non2xx) throw new Error(`${pathname}: ${result.non2xx} answers were not 2xx`)
  if (result.errors || result.timeouts) console.error(`  ${result.errors} errors, ${result.timeouts} timeouts`)
  return {
    drainMs,
    generatorCpu: Number(((generator.user + generator.system) / 1e6 / duration).toFixed(2)),
    loadAfter: load(),
    loadBefore,
    p50: result.latency.p50 as number,
    p99: result.latency.p99 as number,
    rps: result.requests.average as number,
    serverCpu: cpuBefore === null || cpuAfter === null ? null : Number(((cpuAfter - cpuBefore) / duration).toFixed(2)),
  }
}

/** The generic REST query that returns the same documents as the public query: the API's own query, from the app's config. */
const restPath = await (async () => {
  const query = subsidySearchQuery(await config, new URLSearchParams(QUERY))
  if (!query.ok) throw new Error('benchmark query is invalid')
  const sort = (query.sort as string[]).join(',')
  return `/api/subsidies?${stringify({ depth: 0, limit: query.limit, sort, where: query.where }, { encode: true })}`
})()

const publicPath = `/api/public/subsidies?${new URLSearchParams(QUERY)}`

const checkEquivalent = async (base: string) => {
  const pub = (await (await fetch(`${base}${publicPath}`)).json()) as { docs: { id: string }[]; totalDocs: number }
  const rest = (await (await fetch(`${base}${restPath}`)).json()) as { docs: { id: number }[]; totalDocs: number }
  if (pub.totalDocs !== rest.totalDocs || pub.docs.map((d) => d.id).join() !== rest.docs.map((d) => String(d.id)).join()) {
    throw new Error(`public and REST answers differ: ${pub.totalDocs} vs ${rest.totalDocs}`)
  }
  return pub.totalDocs
}

const rows: Row[] = []

for (const db of databases) {
  const uri = db === 'sqlite' ? `file:${path.resolve('bench/results/public-api.db')}` : `${pgBase}/akita_bench_public_api`
  console.error(`${db}: preparing ${PROGRAMMES} programmes…`)
  const variants: { env: Record<string, string>; targets: { name: string; path: () => string }[] }[] = [
    {
      env: {},
      targets: [
        { name: 'public API', path: () => publicPath },
        { name: 'generic REST', path: () => restPath },
      ],
    },
    {
      // The schema was pushed by the first boot; pushing again onto the same SQLite file can fail
      // on an index it already has, so the second boot skips the push.
      env: { PAYLOAD_MIGRATING: 'true', PUBLIC_API_CACHE_TTL_MS: '0' },
      targets: [{ name: 'public API, cache off', path: () => publicPath }],
    },
  ]
  for (const variant of variants) {
    // Payload's schema push onto an existing SQLite file now and then fails at boot; one retry.
    const server = await startServer(uri, variant.env).catch((error: Error) => {
      console.error(`  server failed to start, retrying once: ${error.message.split('\n')[0]}`)
      return startServer(uri, variant.env)
    })
    const base = `http://127.0.0.1:${server.port}`
    try {
      const matches = await checkEquivalent(base)
      const runs: Record<string, Figures[]> = {}
      for (const target of variant.targets) await measure(base, target.path(), 2, server)
      // Alternate the targets run by run so drift on a noisy machine hits both alike.
      for (let run = 0; run < RUNS; run++) {
        for (const target of variant.targets) {
          const figures = await measure(base, target.path(), DURATION, server)
          ;(runs[target.name] ??= []).push(figures)
          console.error(
            `  ${db} ${target.name} run ${run + 1}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, ` +
              `p99 ${figures.p99} ms, server CPU ${figures.serverCpu ?? '?'} core, load generator ${figures.generatorCpu} core, ` +
              `waited ${(figures.drainMs / 1000).toFixed(1)} s for the last run to drain, load ${figures.loadBefore} → ${figures.loadAfter}`,
          )
        }
      }
      for (const target of variant.targets) {
        rows.push(summarise(db, target.name, matches, runs[target.name]))
      }
    } finally {
      await server.stop()
    }
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const meta: Meta = {
  connections: CONNECTIONS,
  cpus: os.cpus().length,
  duration: DURATION,
  measuredAt: new Date().toISOString().slice(0, 10),
  programmes: PROGRAMMES,
  query: QUERY,
  runs: RUNS,
}
fs.writeFileSync(`bench/results/public-api-${stamp}.json`, JSON.stringify({ ...meta, rows }, null, 2))
writeReport(rows, meta)
