import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { testDatabaseKind } from '@akita-dx/test-support'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootAnalyticsPayload } from './helpers/boot'
import { NOTICES } from './helpers/config'
import { PHONE } from './helpers/http'
import { countedFromRows, insertDeliveryRows, storedRollup } from './helpers/rollup'
import { startWorker, type Worker } from './helpers/worker'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'line-analytics-shutdown-'))

/** A database for this file and the process it spawns: a SQLite file, or a PostgreSQL database of its own. */
const databaseUri = () => {
  const base = process.env.TEST_DATABASE_URI?.trim()
  if (testDatabaseKind() !== 'postgres' || !base) return `file:${path.join(tmp, 'clicks.db')}`
  const url = new URL(base)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_la_shutdown${process.env.JEST_WORKER_ID ?? '0'}`
  return url.toString()
}

/**
 * A server process answering a burst of taps on a tracked link when SIGTERM arrives: every 302
 * it served must be a stored click once it has exited.
 */
describe('clicks buffered in the server process', () => {
  let payload: Payload
  let server: Worker | undefined
  const uri = databaseUri()
  const code = `Shutdown${crypto.randomBytes(3).toString('hex')}`

  beforeAll(async () => {
    payload = await bootAnalyticsPayload({ databaseUri: uri })
    // A live delivery as a row (through the collection its hooks would send it), so clicks are rolled up.
    const [delivery] = await insertDeliveryRows(payload, [
      { collection: NOTICES, document: '1', documentTitle: '避難所の開設', sent: 0, total: 0 },
    ])
    await payload.create({
      collection: 'line-tracked-links',
      data: { code, delivery: Number(delivery), url: 'https://www.pref.akita.example/bosai/hinanjo' },
      overrideAccess: true,
    })
  }, 120_000)

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await payload?.destroy()
    fs.rmSync(tmp, { force: true, recursive: true })
  })

  it('writes every click it redirected before exiting on SIGTERM', async () => {
    server = await startWorker('plugins/line-analytics/tests/fixtures/clickServer.ts', uri)
    const baseUrl = (await server.waitFor(/^listening /)).slice('listening '.length).trim()

    let served = 0
    let refused = 0
    let sigtermSent = false
    const tapper = async (id: number) => {
      for (let i = 0; ; i++) {
        try {
          const res = await fetch(`${baseUrl}/l/${code}`, { headers: { 'user-agent': `${PHONE} w${id}-${i}` }, redirect: 'manual' })
          if (res.status === 302) served += 1
          await res.arrayBuffer()
        } catch {
          refused += 1
          if (sigtermSent) return
        }
        if (!sigtermSent && served >= 1500) {
          sigtermSent = true
          server!.child.kill('SIGTERM')
        }
        if (server!.child.exitCode !== null) return
      }
    }
    await Promise.all(Array.from({ length: 40 }, (_, i) => tapper(i)))
    const exit = await server.exited
    expect(exit.code).toBe(0)
    expect(sigtermSent).toBe(true)
    expect(served).toBeGreaterThanOrEqual(1500)
    expect(server.output()).not.toMatch(/could not be written|writing \d+ clicks failed/)
    expect(server.output()).toMatch(new RegExp(`\\d+ buffered clicks written at shutdown \\(${served} since start\\)`))
    expect((await payload.count({ collection: 'line-link-clicks', overrideAccess: true })).totalDocs).toBe(served)
    // The daily roll-up was written with the clicks, flush by flush, the last one at SIGTERM.
    const rollup = await storedRollup(payload)
    expect(rollup).toEqual(await countedFromRows(payload))
    expect(rollup.reduce((sum, g) => sum + g.clicks, 0)).toBe(served)
    // Every tap came with its own user agent: one visitor each.
    expect(rollup.reduce((sum, g) => sum + g.uniqueClicks, 0)).toBe(served)
    // Taps after SIGTERM were refused, not silently lost.
    expect(refused).toBeGreaterThan(0)
  }, 120_000)
})
