/**
 * One server process for the public API benchmark: boots Payload on DATABASE_URI, makes sure
 * BENCH_PROGRAMMES generated programmes exist, serves the API on a loopback port and prints
 * `BENCH_READY {json}`. SIGTERM stops it.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { createApp } from '../src/server/createApp'
import { listen } from '../src/server/listen'
import { generateProgramme, makeRandom } from './public-api-data'

const N = Number(process.env.BENCH_PROGRAMMES ?? 10_000)
const concurrency = (process.env.DATABASE_URI ?? '').startsWith('postgres') ? 6 : 1

const payload = await getPayload({ config })
const existing = await payload.count({ collection: 'subsidies', overrideAccess: true, where: { slug: { like: 'bench-' } } })
const started = Date.now()
if (existing.totalDocs < N) {
  const random = makeRandom(20261127)
  const now = Date.now()
  const docs = Array.from({ length: N }, (_, i) => generateProgramme(i, now, random)).slice(existing.totalDocs)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < docs.length) {
        const data = docs[next++]
        await payload.create({
          collection: 'subsidies',
          data: data as never,
          draft: data._status === 'draft',
          overrideAccess: true,
        })
        if (next % 1000 === 0) console.error(`generated ${existing.totalDocs + next}/${N}`)
      }
    }),
  )
}
const generateMs = Date.now() - started

const app = createApp({ payload })
const running = await listen({ app, host: '127.0.0.1', payload, port: 0, startBackground: false })
console.log(`BENCH_READY ${JSON.stringify({ generateMs, port: running.port, programmes: N })}`)

process.on('SIGTERM', () => {
  running.close().finally(() => process.exit(0))
})
