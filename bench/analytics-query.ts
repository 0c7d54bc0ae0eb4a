/**
 * Dashboard query benchmark: the 「配信分析」 figures over 1,000,000 click rows (90 days, 300
 * deliveries) on SQLite and PostgreSQL: the click group-by alone (from the daily roll-up, and from
 * the click rows as the baseline) and the whole dashboard computation, for the last 30 days, all
 * 90 days, and 30 days of one segment; the roll-up's one-off backfill and a 2,000-click flush.
 *   npm run bench:analytics
 * Env: BENCH_DATABASES=sqlite,postgres  BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432
 *      BENCH_ROWS=1000000  BENCH_RUNS=7  BENCH_KEEP=1 (reuse the generated databases)
 * Prints a Markdown table and writes bench/results/analytics-query-<time>.json.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const keep = process.env.BENCH_KEEP === '1'

const { bundle, NODE_FLAGS, outFileOf } = (await import(pathToFileURL(path.resolve('scripts/bundle.mjs')).href)) as {
  bundle: (entries: string[]) => Promise<void>
  NODE_FLAGS: string[]
  outFileOf: (entry: string) => string
}
await bundle(['bench/analytics-query-worker.ts'])
fs.mkdirSync('bench/results', { recursive: true })

const run = (uri: string, env: Record<string, string>) =>
  new Promise<Record<string, any>>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, outFileOf('bench/analytics-query-worker.ts')], {
      env: { ...process.env, AKITA_QUIET: '1', DATABASE_URI: uri, NODE_ENV: 'development', PAYLOAD_SECRET: 'bench', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => {
      err += c
      if (String(c).includes('rows')) process.stderr.write(String(c))
    })
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
      if (code === 0 && line) resolve(JSON.parse(line.slice('BENCH_RESULT '.length)))
      else reject(new Error(`worker exited ${code}\n${out.slice(-1500)}\n${err.slice(-3000)}`))
    })
  })

const results: Record<string, any>[] = []
for (const db of databases) {
  const uri = db === 'sqlite' ? `file:${path.resolve('bench/results/analytics-query.db')}` : `${pgBase}/akita_bench_analytics`
  if (db === 'sqlite' && !keep) fs.rmSync(path.resolve('bench/results/analytics-query.db'), { force: true })
  console.error(`${db}: preparing ${process.env.BENCH_ROWS ?? '1000000'} click rows…`)
  results.push({ database: db, ...(await run(uri, db === 'postgres' && !keep ? { PAYLOAD_DROP_DATABASE: 'true' } : {})) })
}

const file = `bench/results/analytics-query-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
fs.writeFileSync(file, JSON.stringify({ cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version, results }, null, 2))
const ms = (t: { median: number }) => `${Math.round(t.median)}`
console.log(
  '| Database | Click rows | Click query from rows, 30 / 90 days (ms) | Click query from roll-up, 30 / 90 days (ms) | Dashboard, 30 days (ms) | Dashboard, 90 days (ms) | Dashboard, 30 days, one segment (ms) | Dashboard from rows, 90 days (ms) | Roll-up backfill (ms) | Flush of 2,000 clicks, INSERTs only / with roll-up (ms) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const r of results) {
  console.log(
    `| ${r.database} | ${r.rows.toLocaleString('en')} | ${ms(r.groups30)} / ${ms(r.groups90)} | ${ms(r.rollup30)} / ${ms(r.rollup90)} | ${ms(r.dashboard30)} | ${ms(r.dashboard90)} | ${ms(r.dashboard30Segment)} | ${ms(r.dashboard90Clicks)} | ${Math.round(r.rollupBuild)} | ${ms(r.flush2000Plain)} / ${ms(r.flush2000)} |`,
  )
}
console.log(`\n${file}`)
