/**
 * One server process for the public API benchmark: boots Payload on DATABASE_URI, makes sure
 * BENCH_PROGRAMMES generated programmes exist (and the search index of them), serves the API on a loopback port and prints
 * `BENCH_READY {json}`. SIGTERM stops it.
 */
import { getPayload } from 'payload'

import { listen } from '@akita-dx/plugin-core/express'
import { rebuildSearchIndex } from '@akita-dx/plugin-public-api'

import { computeDerived } from '../collections/subsidies/hooks'
import config from '../payload.config'
import { createApp } from '../src/server/createApp'
import { seededRandom } from '@akita-dx/test-support'

import { generateProgramme } from './public-api-data'

const N = Number(process.env.BENCH_PROGRAMMES ?? 10_000)
const concurrency = (process.env.DATABASE_URI ?? '').startsWith('postgres') ? 6 : 1

const payload = await getPayload({ config })
const existing = await payload.count({ collection: 'subsidies', overrideAccess: true, where: { slug: { like: 'bench-' } } })
const started = Date.now()
if (existing.totalDocs < N) {
  // Generation only: no fsync per statement on the throwaway SQLite file (the measured runs keep the defaults).
  const client = (payload.db as unknown as { client?: { execute?: (sql: string) => Promise<unknown> } }).client
  if (!(process.env.DATABASE_URI ?? '').startsWith('postgres')) await client?.execute?.('PRAGMA synchronous = OFF')
  const random = seededRandom(20261127)
  const now = Date.now()
  const docs = Array.from({ length: N }, (_, i) => generateProgramme(i, now, random)).slice(existing.totalDocs)
  let next = 0
  // Straight to the database adapter with the collection's derived fields computed by its own
  // hook: the benchmark reads the main table, and the full create pipeline (validation, version
  // rows) made generating 10,000 programmes take most of an hour on a busy machine.
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < docs.length) {
        const data = docs[next++] as Record<string, unknown>
        const stamped = {
          ...data,
          createdAt: new Date().toISOString(),
          provenance: { source: 'manual' },
          updatedAt: new Date().toISOString(),
        }
        const derived = await computeDerived({ data: stamped } as never)
        await payload.db.create({ collection: 'subsidies', data: derived })
        if (next % 1000 === 0) console.error(`generated ${existing.totalDocs + next}/${N}`)
      }
    }),
  )
}
const generateMs = Date.now() - started
// The programmes were written around Payload's hooks, so the search index is rebuilt from them.
const indexStarted = Date.now()
const index = existing.totalDocs < N ? await rebuildSearchIndex(payload) : null
const indexMs = index ? Date.now() - indexStarted : null

const app = createApp({ payload })
const running = await listen({ app, host: '127.0.0.1', payload, port: 0, startBackground: false })
console.log(`BENCH_READY ${JSON.stringify({ generateMs, indexMs, port: running.port, programmes: N })}`)

process.on('SIGTERM', () => {
  running.close().finally(() => process.exit(0))
})
