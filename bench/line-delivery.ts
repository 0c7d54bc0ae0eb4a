/**
 * LINE delivery benchmark: one delivery to N generated residents (SQLite and PostgreSQL), beside
 * a bare script that posts the same number of multicast calls to the same emulator.
 *   node scripts/run-ts.mjs bench/line-delivery.ts [N…]        (default 100000 1000000)
 * Env: BENCH_DATABASES=sqlite,postgres  BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432
 * Prints a Markdown table and writes bench/results/line-delivery-<time>.json.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { DEV_CHANNEL_SECRET, SANDBOX_CHANNEL_ACCESS_TOKEN } from '@akita-dx/plugin-line'

import { startLineEmulator } from '../src/line-emulator'

const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const N = sizes.length ? sizes : [100_000, 1_000_000]
const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const pgBase = process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432'
const CONCURRENCY = 4

// Loaded at run time, not bundled into this script (its command-line branch would fire here).
const { bundle, NODE_FLAGS, outFileOf } = (await import(pathToFileURL(path.resolve('scripts/bundle.mjs')).href)) as {
  bundle: (entries: string[]) => Promise<void>
  NODE_FLAGS: string[]
  outFileOf: (entry: string) => string
}
await bundle(['bench/line-delivery-worker.ts', 'bench/line-delivery-bare.ts'])

const emu = await startLineEmulator({
  channelAccessToken: SANDBOX_CHANNEL_ACCESS_TOKEN,
  channelSecret: DEV_CHANNEL_SECRET,
  port: 0,
  quiet: true,
})

const run = (entry: string, args: string[], env: Record<string, string>) =>
  new Promise<Record<string, any>>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, outFileOf(entry), ...args], {
      env: { ...process.env, LINE_EMULATOR_PORT: String(emu.port), NODE_ENV: 'development', PAYLOAD_SECRET: 'bench', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.on('exit', (code) => {
      const last = out
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .pop()
      if (code !== 0 || !last) {
        const log = path.resolve(`bench/results/failed-${path.basename(entry, '.ts')}-${Date.now()}.log`)
        fs.mkdirSync(path.dirname(log), { recursive: true })
        fs.writeFileSync(log, `${out}\n${err}`)
        reject(new Error(`${entry} ${args.join(' ')} exited ${code}; output in ${log}`))
      } else resolve(JSON.parse(last))
    })
  })

const report = async () =>
  (await (await fetch(`${emu.url}/_emulator/deliveries?summary=1&perUser=0`)).json()) as {
    duplicates: number
    total: number
    users: number
  }

const results: Record<string, unknown>[] = []
for (const n of N) {
  for (const db of databases) {
    const file = path.join(os.tmpdir(), `akita-line-bench-${n}.db`)
    fs.rmSync(file, { force: true })
    const uri = db === 'sqlite' ? `file:${file}` : `${pgBase}/akita_line_bench_${n}`
    process.stdout.write(`${db} ${n.toLocaleString('en')}: setup… `)
    const setup = await run('bench/line-delivery-worker.ts', ['setup', String(n)], { DATABASE_URI: uri, PAYLOAD_DROP_DATABASE: 'true' })
    await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })
    process.stdout.write(`inserted in ${(setup.insertMs / 1000).toFixed(1)} s; delivery… `)
    const delivery = await run('bench/line-delivery-worker.ts', ['run', String(setup.deliveryId)], { DATABASE_URI: uri })
    const received = await report()
    await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })
    process.stdout.write(`${(delivery.ms / 1000).toFixed(1)} s; bare… `)
    const bare = await run('bench/line-delivery-bare.ts', [String(n), String(CONCURRENCY), emu.url], {})
    await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })
    const row = {
      bareMs: bare.ms,
      barePeakRssMb: bare.peakRssMb,
      calls: bare.calls,
      database: db,
      deliveryMs: delivery.ms,
      duplicates: received.duplicates,
      peakRssMb: delivery.peakRssMb,
      ratio: Number((delivery.ms / bare.ms).toFixed(2)),
      received: received.users,
      recipients: n,
      stages: delivery.stages,
      status: delivery.status,
    }
    console.log(JSON.stringify(delivery.stages))
    console.log(
      `${(bare.ms / 1000).toFixed(1)} s → ratio ${row.ratio}, peak RSS ${row.peakRssMb} MB, ${row.received} received, ${row.duplicates} duplicates`,
    )
    results.push(row)
    if (db === 'sqlite') fs.rmSync(file, { force: true })
  }
}
await emu.stop()

const dir = path.resolve('bench/results')
fs.mkdirSync(dir, { recursive: true })
const outFile = path.join(dir, `line-delivery-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(outFile, JSON.stringify({ cpus: os.cpus().length, node: process.version, results }, null, 2))
console.log(`\n| Database | Recipients | Multicast calls | Delivery | Bare script | Ratio | Peak RSS (sending) | Received once |`)
console.log(`|---|---:|---:|---:|---:|---:|---:|---|`)
for (const r of results as any[]) {
  console.log(
    `| ${r.database} | ${r.recipients.toLocaleString('en')} | ${r.calls.toLocaleString('en')} | ${(r.deliveryMs / 1000).toFixed(1)} s | ${(r.bareMs / 1000).toFixed(1)} s | ${r.ratio}× | ${r.peakRssMb} MB | ${r.received === r.recipients && r.duplicates === 0 ? 'yes' : `no (${r.received}, ${r.duplicates} dup)`} |`,
  )
}
console.log(`\nresults: ${path.relative(process.cwd(), outFile)}`)
process.exit(0)
