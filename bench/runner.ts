/**
 * What the HTTP benchmarks share: a server process of their own that prints `BENCH_READY {json}`,
 * the wait until it has drained the run before, and one autocannon run with the server's CPU.
 */
import type { Figures } from './public-api-report'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const { bundle, NODE_FLAGS, outFileOf } = (await import(pathToFileURL(path.resolve('scripts/bundle.mjs')).href)) as {
  bundle: (entries: string[]) => Promise<void>
  NODE_FLAGS: string[]
  outFileOf: (entry: string) => string
}
const autocannon = (await import('autocannon' as string)).default as (opts: Record<string, unknown>) => Promise<any>

export const CONNECTIONS = 50

export type Server = { pid: number; port: number; ready: Record<string, unknown>; stop: () => Promise<void> }

/** Starts a bundled server entry on DATABASE_URI `uri`; resolves with its port once it prints BENCH_READY (the rest of that JSON in `ready`). */
export const startServer = (entry: string, uri: string, env: Record<string, string>): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, outFileOf(entry)], {
      env: {
        ...process.env,
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
        const ready = JSON.parse(line.slice('BENCH_READY '.length)) as Record<string, unknown> & { port: number }
        out = ''
        resolve({
          pid: child.pid!,
          port: ready.port,
          ready,
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
export const cpuSecondsOf = (pid: number): null | number => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime, fields 14 and 15 of stat (12 and 13 after the command name).
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  } catch {
    return null
  }
}
const CLOCK_TICKS = 100
export const load = () => Number(os.loadavg()[0].toFixed(2))
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until the server has worked off what the last run left behind: autocannon stops after
 * its duration, but the server still answers the requests it had accepted (up to one per
 * connection, seconds each for the generic REST query), and a run started on top of that
 * backlog measures the backlog. Drained means: the server process used under 10% of a core over
 * a 300 ms window and `/healthz` (a database round trip, so a queue in the pool shows too)
 * answered in under 25 ms, three times in a row. Returns the milliseconds waited.
 */
export const waitForDrain = async (base: string, server: Server, limitMs = 120_000) => {
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
export const measure = async (base: string, pathname: (() => string) | string, duration: number, server: Server): Promise<Figures> => {
  const drainMs = await waitForDrain(base, server)
  const loadBefore = load()
  const cpuBefore = cpuSecondsOf(server.pid)
  const generatorBefore = process.cpuUsage()
  // A function gives each request a path of its own (distinct queries, which no cache answers).
  const requests = typeof pathname === 'function' ? [{ setupRequest: (request: object) => ({ ...request, path: pathname() }) }] : undefined
  const url = `${base}${typeof pathname === 'function' ? '/' : pathname}`
  const result = await autocannon({ connections: CONNECTIONS, duration, pipelining: 1, requests, timeout: 60, url, workers: 0 })
  const cpuAfter = cpuSecondsOf(server.pid)
  const generator = process.cpuUsage(generatorBefore)
  if (result.non2xx) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`)
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
