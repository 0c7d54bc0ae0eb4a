/**
 * The baseline of the LINE delivery benchmark: the same number of multicast calls (500 ids each,
 * same messages, same concurrency) posted straight to the emulator with fetch, nothing else.
 *   node dist/bench/line-delivery-bare.js <recipients> <concurrency> <emulatorUrl>
 */
import crypto from 'node:crypto'
import fs from 'node:fs'

import { lineUserIdFor } from '../seed/data/lineSubscribers'

const [recipientsArg, concurrencyArg, url] = process.argv.slice(2)
const recipients = Number(recipientsArg)
const concurrency = Number(concurrencyArg)
const messages = [
  {
    altText: '【秋田県】大雨への備え',
    contents: { body: { contents: [{ text: '大雨への備え', type: 'text' }], layout: 'vertical', type: 'box' }, type: 'bubble' },
    type: 'flex',
  },
]

const started = Date.now()
const calls = Math.ceil(recipients / 500)
let next = 0
const worker = async () => {
  while (next < calls) {
    const i = next++
    const to = Array.from({ length: Math.min(500, recipients - i * 500) }, (_, j) => lineUserIdFor('bare', i * 500 + j))
    const res = await fetch(`${url}/v2/bot/message/multicast`, {
      body: JSON.stringify({ customAggregationUnits: ['bench_bare'], messages, to }),
      headers: {
        authorization: 'Bearer sandbox-channel-access-token',
        'content-type': 'application/json',
        'x-line-retry-key': crypto.randomUUID(),
      },
      method: 'POST',
    })
    if (res.status !== 200) throw new Error(`multicast ${i}: ${res.status} ${await res.text()}`)
    await res.arrayBuffer()
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
const ms = Date.now() - started
const hwm =
  fs
    .readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:')) ?? ''
console.log(JSON.stringify({ calls, ms, peakRssMb: Math.round(Number(hwm.replace(/\D+/g, '')) / 1024) }))
