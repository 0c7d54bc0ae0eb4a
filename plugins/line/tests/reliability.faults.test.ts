import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { runDelivery } from '../delivery/run'
import { bulkInsertSubscribers, lineUserIdFor } from '@akita-dx/test-support/line'
import { shutdownPayload } from '@akita-dx/test-support'
import { bootLinePayload } from './helpers/boot'
import { createLiveDelivery } from './helpers/liveDelivery'
import { emulatorDeliveries, setFaults, startEmulator } from '@akita-dx/test-support/line'

const RECIPIENTS = 20_000

describe('a delivery while 20 % of LINE calls fail (429, 500, timeouts before and after LINE accepted)', () => {
  let emu: RunningLineEmulator
  let payload: Payload

  beforeAll(async () => {
    emu = await startEmulator()
    payload = await bootLinePayload()
    await bulkInsertSubscribers(payload, RECIPIENTS, { prefix: 'faults' })
  }, 120_000)
  afterAll(async () => {
    await shutdownPayload(payload)
    await emu?.stop()
  })

  it('reaches every recipient exactly once', async () => {
    await setFaults(emu, {
      // Our client gives up waiting after 1.5 s (test config); answers held longer count as timeouts.
      afterAcceptMode: 'delay',
      endpoints: ['multicast'],
      retryAfterSeconds: 1,
      seed: 2026,
      status429: 0.05,
      status500: 0.04,
      status500AfterAccept: 0.04,
      timeoutAfterAccept: 0.04,
      timeoutBeforeAccept: 0.03,
      timeoutMs: 2500,
    })
    const { delivery } = await createLiveDelivery(payload, {
      notice: { category: 'kanko', title: '秋田竿燈まつり 交通規制のお知らせ' },
      segment: '全県（障害注入）',
      when: 'unscheduled',
    })

    const outcomes = { acceptedEarlier: 0, sent: 0 }
    const result = await runDelivery(payload, delivery.id, {
      onBatch: ({ result: r }) => {
        if (r.status === 'sent') outcomes.sent += 1
        if (r.status === 'sent' && r.acceptedEarlier) outcomes.acceptedEarlier += 1
      },
    })
    expect(result).toEqual({ outcome: 'finished', status: 'done' })
    expect(outcomes.sent).toBe(RECIPIENTS / 500)

    const faults = (await (await fetch(`${emu.url}/_emulator/faults`)).json()) as Record<string, unknown>
    const report = await emulatorDeliveries(emu)
    const counts = Array.from({ length: RECIPIENTS }, (_, i) => report.perUser[lineUserIdFor('faults', i)] ?? 0)
    expect({ duplicated: counts.filter((n) => n > 1).length, missing: counts.filter((n) => n === 0).length }).toEqual({
      duplicated: 0,
      missing: 0,
    })
    expect(Object.keys(report.perUser)).toHaveLength(RECIPIENTS)
    const row = await payload.findByID({ collection: 'line-deliveries', id: delivery.id, overrideAccess: true })
    expect(row).toMatchObject({ failed: 0, sent: RECIPIENTS, status: 'done', total: RECIPIENTS })
    const injected = (faults.injected ?? faults.counts ?? {}) as Record<string, number>
    console.log(`faults: ${JSON.stringify(injected)}; batches found accepted on retry (409): ${outcomes.acceptedEarlier}`)
    // The seeded draw injects every kind; the retries above got past all of them.
    expect(Object.values(injected).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5)
  }, 240_000)
})
