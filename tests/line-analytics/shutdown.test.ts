import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqlAccess } from '../../plugins/line-analytics/server/sqlTable'
import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '../helpers/spawnServer'
import { countedFromRows, storedRollup } from './helpers/rollup'

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'line-analytics-shutdown-'))

/** A database for this file only: a SQLite file, or a PostgreSQL database of its own. */
const databaseUri = () => {
  const pg = process.env.TEST_DATABASE_URI?.trim()
  if (!pg) return `file:${path.join(tmp, 'cms.db')}`
  const url = new URL(pg)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_la_shutdown`
  return url.toString()
}

/**
 * The real server process (dist/src/server.js) answering a burst of taps on a tracked link
 * when SIGTERM arrives: every 302 it served must be a stored click once it has exited.
 */
describe('clicks buffered in the server process', () => {
  let payload: Payload
  let server: SpawnedServer | undefined
  const uri = databaseUri()
  const code = `Shutdown${crypto.randomBytes(3).toString('hex')}`

  beforeAll(async () => {
    process.env.DATABASE_URI = uri
    if (uri.startsWith('postgres')) process.env.PAYLOAD_DROP_DATABASE = 'true'
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
    payload = await getPayload({ config })
    delete process.env.PAYLOAD_DROP_DATABASE
    // A live delivery as a row (through the collection its hooks would send it), so clicks are rolled up.
    const deliveries = sqlAccess(payload, 'line-deliveries')!
    const [delivery] = (await (deliveries.drizzle.insert(deliveries.table).values([
      { collection: 'announcements', document: '1', documentTitle: '避難所の開設', mode: 'live', sent: 0, status: 'done', total: 0 },
    ]) as any).returning({ id: (deliveries.table as any).id })) as { id: number }[]
    await payload.create({ collection: 'line-tracked-links', data: { code, delivery: delivery.id, url: 'https://www.pref.akita.example/bosai/hinanjo' }, overrideAccess: true })
  }, 120_000)

  afterAll(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    await payload?.destroy()
    fs.rmSync(tmp, { force: true, recursive: true })
  })

  it('writes every click it redirected before exiting on SIGTERM', async () => {
    const port = await freePort()
    const baseUrl = `http://127.0.0.1:${port}`
    server = await spawnServer({ DATABASE_URI: uri, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, PORT: String(port) })
    await waitForHealthy(server, baseUrl, 60_000)

    let served = 0
    let refused = 0
    let sigtermSent = false
    const worker = async (id: number) => {
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
    await Promise.all(Array.from({ length: 40 }, (_, i) => worker(i)))
    const exit = await server.exited
    expect(exit.code).toBe(0)
    expect(sigtermSent).toBe(true)
    expect(served).toBeGreaterThanOrEqual(1500)
    expect(server.output()).not.toMatch(/could not be written|writing \d+ clicks failed/)
    expect(server.output()).toMatch(new RegExp(`\\d+ buffered clicks written at shutdown \\(${served} since start\\)`))
    const stored = await payload.count({ collection: 'line-link-clicks', overrideAccess: true })
    expect(stored.totalDocs).toBe(served)
    // The daily roll-up was written with the clicks, flush by flush, the last one at SIGTERM.
    const rollup = await storedRollup(payload)
    expect(rollup).toEqual(await countedFromRows(payload))
    expect(rollup.reduce((sum, g) => sum + g.clicks, 0)).toBe(served)
    // Every tap came with its own user agent: one visitor each.
    expect(rollup.reduce((sum, g) => sum + g.uniqueClicks, 0)).toBe(served)
    // Redirects after SIGTERM were refused, not silently lost.
    expect(refused).toBeGreaterThan(0)
  }, 120_000)
})
