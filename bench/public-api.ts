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
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stringify } from 'qs-esm'

import { subsidySearchQuery } from '@akita-dx/plugin-public-api'

import config from '../payload.config'
import { type Figures, type Meta, type Row, summarise, writeReport } from './public-api-report'
import { bundle, CONNECTIONS, measure, startServer } from './runner'

const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const PROGRAMMES = Number(process.env.BENCH_PROGRAMMES ?? 10_000)
const QUERY = 'q=創業&status=open&sort=deadline'

if (process.env.BENCH_RENDER) {
  // Render a saved result again (the report's wording changed, say) without measuring.
  const saved = JSON.parse(fs.readFileSync(process.env.BENCH_RENDER, 'utf8')) as Meta & { rows: Row[] }
  const measuredAt = saved.measuredAt ?? fs.statSync(process.env.BENCH_RENDER).mtime.toISOString().slice(0, 10)
  writeReport(saved.rows, { ...saved, measuredAt })
  process.exit(0)
}

const ENTRY = 'bench/public-api-server.ts'
await bundle([ENTRY])
fs.mkdirSync('bench/results', { recursive: true })

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
    const server = await startServer(ENTRY, uri, { BENCH_PROGRAMMES: String(PROGRAMMES), ...variant.env }).catch((error: Error) => {
      console.error(`  server failed to start, retrying once: ${error.message.split('\n')[0]}`)
      return startServer(ENTRY, uri, { BENCH_PROGRAMMES: String(PROGRAMMES), ...variant.env })
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
