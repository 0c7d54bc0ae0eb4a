import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { lineUserIdFor } from '@akita-dx/test-support/line'
import { testDatabaseKind } from '@akita-dx/test-support'
import { emulatorDeliveries, startEmulator } from '@akita-dx/test-support/line'
import { startWorker } from './helpers/worker'

const RECIPIENTS = 20_000
const MIN_KILLS = 10
// 80 batches rather than LINE's 40 of 500: enough for ten kills before a run gets to the end.
const BATCH_SIZE = 250

/** Small seeded generator: a failing run can be repeated with the printed seed. */
const prng = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

const databaseUri = () => {
  const base = process.env.TEST_DATABASE_URI?.trim()
  if (testDatabaseKind() === 'postgres' && base) {
    const url = new URL(base)
    url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_kill${process.env.JEST_WORKER_ID ?? '0'}`
    return url.toString()
  }
  const file = path.join(os.tmpdir(), `akita-line-kill-${process.pid}.db`)
  fs.rmSync(file, { force: true })
  return `file:${file}`
}

describe(`a ${RECIPIENTS.toLocaleString('en')}-recipient delivery whose sending process is SIGKILLed again and again`, () => {
  let emu: RunningLineEmulator
  const uri = databaseUri()
  const seed = Number(process.env.LINE_KILL_SEED ?? Date.now() % 100_000)
  const random = prng(seed)
  const env = () => ({
    TEST_WORKER_DATABASE_URI: uri,
    LINE_EMULATOR_PORT: String(emu.port),
    LINE_TEST_LEASE_MS: '1500',
    LINE_TEST_BATCH_SIZE: String(BATCH_SIZE),
  })

  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(async () => {
    await emu?.stop()
    if (uri.startsWith('file:')) fs.rmSync(uri.slice(5), { force: true })
  })

  it('ends with every recipient holding exactly one message', async () => {
    const setup = await startWorker(['setup', String(RECIPIENTS)], { ...env(), PAYLOAD_DROP_DATABASE: 'true' })
    const id = (await setup.waitFor(/^delivery /)).split(' ')[1]
    expect((await setup.exited).code).toBe(0)

    // On a quiet machine the whole delivery can outrun the kills; LINE's own 429 (honoured via
    // Retry-After) paces it so the process dies in the middle of sending again and again.
    const paced = await fetch(`${emu.url}/_emulator/config`, {
      body: JSON.stringify({ rateLimits: { messaging: { perMs: 1000, requests: 8 } } }),
      headers: { 'content-type': 'application/json' },
      method: 'PUT',
    })
    expect(paced.status).toBe(200)

    const kills: string[] = []
    let acceptedEarlier = 0
    let finished = false
    for (let run = 0; run < 60 && !finished; run += 1) {
      const worker = await startWorker(['run', id], env())
      try {
        if (kills.length >= MIN_KILLS) {
          await worker.waitFor(/^finished /)
          finished = true
        } else if (run < 2) {
          // During the freeze of the recipient list (or just after it).
          await worker.waitFor(/^claimed$/)
          await new Promise((r) => setTimeout(r, Math.floor(random() * 400)))
          worker.child.kill('SIGKILL')
          kills.push(`run ${run}: ${worker.lines.at(-1)}`)
        } else {
          const nth = 1 + Math.floor(random() * 2)
          const line = await Promise.race([worker.waitFor(/^batch /, nth), worker.waitFor(/^finished /)])
          if (line.startsWith('finished')) finished = true
          else {
            worker.child.kill('SIGKILL')
            kills.push(`run ${run}: after ${line}`)
          }
        }
      } finally {
        if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL')
        await worker.exited
        acceptedEarlier += worker.lines.filter((l) => / 409$/.test(l)).length
      }
    }
    console.log(`seed ${seed}: ${kills.length} kills; ${acceptedEarlier} batches found already accepted (409) after a restart`)
    expect(finished).toBe(true)
    expect(kills.length).toBeGreaterThanOrEqual(MIN_KILLS)

    const report = await emulatorDeliveries(emu)
    const expected = Array.from({ length: RECIPIENTS }, (_, i) => lineUserIdFor('crash', i))
    const counts = expected.map((userId) => report.perUser[userId] ?? 0)
    const missing = counts.filter((n) => n === 0).length
    const duplicated = counts.filter((n) => n > 1).length
    expect({ duplicated, missing, seed, strangers: Object.keys(report.perUser).length - RECIPIENTS }).toEqual({
      duplicated: 0,
      missing: 0,
      seed,
      strangers: 0,
    })

    const status = await startWorker(['status', id], env())
    const line = await status.waitFor(/^status /)
    await status.exited
    expect(JSON.parse(line.slice('status '.length))).toEqual({
      batches: RECIPIENTS / BATCH_SIZE,
      failed: 0,
      sent: RECIPIENTS,
      status: 'done',
      total: RECIPIENTS,
    })
  }, 300_000)
})
