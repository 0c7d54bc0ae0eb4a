/**
 * Server side of the click redirect benchmark (started by bench/click-redirect.ts): the real
 * express app with the analytics plugin on DATABASE_URI (its background work started, as in the
 * server), one tracked link, a bare express app answering the same 302 without looking anything
 * up or recording anything, and a control port that flushes and counts the stored clicks.
 * Prints `BENCH_READY {…}` when listening.
 */
import express from 'express'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload } from 'payload'

import { listen } from '@akita-dx/plugin-core/express'
import { flushClicks } from '@akita-dx/plugin-line-analytics'

import config from '../payload.config'
import { createApp } from '../src/server/createApp'

const TARGET = 'https://www.pref.akita.example/kosodate/kyufu/apply'
const CODE = 'BenchCode0001'

const payload = await getPayload({ config })
await payload.delete({ collection: 'line-link-clicks', overrideAccess: true, where: {} })
const existing = await payload.find({ collection: 'line-tracked-links', overrideAccess: true, where: { code: { equals: CODE } } })
if (existing.docs.length === 0) {
  await payload.create({ collection: 'line-tracked-links', data: { category: 'kosodate', code: CODE, url: TARGET }, overrideAccess: true })
}

const running = await listen({ app: createApp({ payload }), host: '127.0.0.1', payload, port: 0, startBackground: true })

// The baseline of every figure in docs/BENCHMARKS.md: express's own 302 with the same headers.
const bare = express()
bare.disable('x-powered-by')
bare.get('/l/:code', (_req, res) => {
  res.set({ 'Cache-Control': 'no-store, private', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' })
  res.redirect(302, TARGET)
})
const bareServer = http.createServer(bare).listen(0, '127.0.0.1')
await new Promise((r) => bareServer.once('listening', r))

const control = http
  .createServer(async (req, res) => {
    if (req.url === '/reset') {
      await flushClicks(payload)
      await payload.delete({ collection: 'line-link-clicks', overrideAccess: true, where: {} })
    }
    await flushClicks(payload)
    const { totalDocs } = await payload.count({ collection: 'line-link-clicks', overrideAccess: true })
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ clicks: totalDocs, rss: process.memoryUsage().rss }))
  })
  .listen(0, '127.0.0.1')
await new Promise((r) => control.once('listening', r))

const port = (s: http.Server) => (s.address() as AddressInfo).port
console.log(`BENCH_READY ${JSON.stringify({ bare: port(bareServer), code: CODE, control: port(control), tracked: running.port })}`)

process.on('SIGTERM', () => {
  bareServer.close()
  control.close()
  running.close().then(() => process.exit(0))
})
