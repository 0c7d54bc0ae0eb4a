import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { testDatabaseKind } from '@akita-dx/test-support'
import { startEmulator } from '@akita-dx/test-support/line'
import { compiledEntry } from '@akita-dx/test-support/spawn'

const ENTRY = 'plugins/line/tests/fixtures/webhookWorker.ts'
const RESIDENTS = 100
const LEASE_MS = 1500

type Run = { child: ChildProcess; done: Promise<string[]>; lines: string[] }

const databaseUri = (suffix: string) => {
  const base = process.env.TEST_DATABASE_URI?.trim()
  if (testDatabaseKind() === 'postgres' && base) {
    const url = new URL(base)
    url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_${suffix}${process.env.JEST_WORKER_ID ?? '0'}`
    return url.toString()
  }
  const file = path.join(os.tmpdir(), `akita-line-${suffix}-${process.pid}.db`)
  fs.rmSync(file, { force: true })
  return `file:${file}`
}

/**
 * Separate node processes sharing one database: two of them resume the same stranded events at
 * the same moment, and one is SIGKILLed in the middle of it.
 */
describe('webhook events a dead process left unfinished, resumed by several processes', () => {
  let emu: RunningLineEmulator
  const uri = databaseUri('resume')
  const running = new Set<ChildProcess>()

  const start = async (args: string[], extra: Record<string, string> = {}): Promise<Run> => {
    const entry = await compiledEntry(ENTRY)
    const child = spawn(process.execPath, [...entry.args, ...args], {
      env: {
        TEST_WORKER_DATABASE_URI: uri,
        LINE_EMULATOR_PORT: String(emu.port),
        LINE_TEST_LEASE_MS: String(LEASE_MS),
        PATH: process.env.PATH,
        PAYLOAD_SECRET: 'test-secret-not-for-production',
        ...extra,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    running.add(child)
    child.on('exit', () => running.delete(child))
    const lines: string[] = []
    let stderr = ''
    child.stdout!.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)))
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    const done = new Promise<string[]>((resolve, reject) =>
      child.on('exit', (code, signal) =>
        code === 0 || signal === 'SIGKILL'
          ? resolve(lines)
          : reject(new Error(`${args[0]} exited ${code}: ${lines.slice(-3).join(' | ')}\n${stderr.slice(-1500)}`)),
      ),
    )
    return { child, done, lines }
  }
  const setup = async () => {
    const run = await start(['setup', String(RESIDENTS)], { PAYLOAD_DROP_DATABASE: 'true' })
    expect((await run.done).at(-1)).toBe(`ready ${RESIDENTS * 3}`)
  }
  const report = async () => {
    const lines = await (await start(['report'])).done
    return JSON.parse(lines.find((l) => l.startsWith('report '))!.slice('report '.length)) as Record<string, unknown>
  }
  const waitForLine = (run: Run, line: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (run.lines.includes(line)) resolve(clearInterval(timer))
        else if (run.child.exitCode !== null) {
          clearInterval(timer)
          reject(new Error(`exited before ${line}`))
        }
      }, 20)
    })
  const finishedOf = (lines: string[]) => Number(lines.find((l) => l.startsWith('finished '))?.split(' ')[1] ?? NaN)
  /** What the events must have produced, each exactly once: the interest toggled once, one inquiry per message. */
  const expected = (statuses: Record<string, number>) => ({
    distinctInquiryTexts: RESIDENTS,
    inquiries: RESIDENTS,
    interests: { '["bosai"]': RESIDENTS },
    statuses,
    subscribers: RESIDENTS,
  })

  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterEach(async () => {
    // A failed test must not leave processes holding the database the next one drops.
    await Promise.all([...running].map((child) => new Promise((r) => (child.once('exit', r), child.kill('SIGKILL')))))
  })
  afterAll(async () => {
    await emu?.stop()
    if (uri.startsWith('file:')) for (const f of [uri.slice(5), `${uri.slice(5)}-wal`, `${uri.slice(5)}-shm`]) fs.rmSync(f, { force: true })
  })

  it('two processes sweeping at the same moment process every event once between them', async () => {
    await setup()
    // Booted one after the other (two schema checks at once lock SQLite), then released together.
    const a = await start(['sweep', 'go'])
    await waitForLine(a, 'booted')
    const b = await start(['sweep', 'go'])
    await waitForLine(b, 'booted')
    a.child.stdin!.write('go\n')
    b.child.stdin!.write('go\n')
    const [linesA, linesB] = await Promise.all([a.done, b.done])
    const shares = [finishedOf(linesA), finishedOf(linesB)]
    console.log(`shares of ${RESIDENTS * 3} events: ${shares.join(' + ')}`)
    expect(shares[0] + shares[1]).toBe(RESIDENTS * 3)
    const { reclaimed, ...rest } = await report()
    expect(rest).toEqual(expected({ done: RESIDENTS * 3 }))
    expect(reclaimed).toBe(0)
  }, 180_000)

  it('a process SIGKILLed while processing: another takes its claims over after the lease, and nothing is applied twice', async () => {
    await setup()
    const kills: string[] = []
    // Killed again and again after a few events each, mid-claim, mid-apply or between events.
    for (let round = 0; round < 3; round += 1) {
      const victim = await start(['sweep'])
      await waitForLine(victim, 'sweeping')
      // Soon after it starts: a fast machine sweeps all the events in about a second.
      await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 500)))
      victim.child.kill('SIGKILL')
      await victim.done
      kills.push(`round ${round}: ${victim.lines.at(-1) ?? 'nothing printed'}`)
    }
    const before = await report()
    console.log(`after ${kills.length} kills: ${JSON.stringify(before.statuses)}`)
    expect((before.statuses as Record<string, number>).done ?? 0).toBeLessThan(RESIDENTS * 3)

    const survivor = await start(['sweep'])
    expect(finishedOf(await survivor.done)).toBeGreaterThan(0)
    const { reclaimed, ...rest } = await report()
    expect(rest).toEqual(expected({ done: RESIDENTS * 3 }))
    console.log(`${String(reclaimed)} events were taken over from a killed process`)
  }, 240_000)
})
