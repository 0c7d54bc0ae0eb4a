import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { shutdownPayload } from '@akita-dx/test-support'
import { bulkInsertSubscribers, emulatorDeliveries, type RunningLineEmulator, startEmulator } from '@akita-dx/test-support/line'

import { runDelivery } from '../delivery/run'
import type { BatchRow } from '../delivery/sendBatch'
import { refusedRecipients, splitBatch } from '../delivery/splitBatch'
import { bootLinePayload } from './helpers/boot'
import { createLiveDelivery } from './helpers/liveDelivery'

const RESIDENTS = 1100
/** Ids stored before the webhook checked them (or imported by hand): LINE refuses a multicast that names one. */
const BROKEN = ['abc', 'U0123', `U${'f'.repeat(4999)}`]

describe('a batch LINE refuses for some recipients’ ids', () => {
  let emu: RunningLineEmulator
  let payload: Payload

  beforeAll(async () => {
    emu = await startEmulator()
    payload = await bootLinePayload()
    await bulkInsertSubscribers(payload, RESIDENTS, { prefix: 'invalid' })
    for (const lineUserId of BROKEN) {
      // Below the Local API on purpose: a row the webhook and the import would never write today.
      await payload.db.create({
        collection: 'line-subscribers',
        data: { followState: 'following', interests: ['bosai'], lineUserId, municipality: 'akita' },
        returning: false,
      })
    }
  }, 120_000)
  afterAll(async () => {
    await shutdownPayload(payload)
    await emu?.stop()
  })

  it('reaches every valid recipient exactly once and fails only the refused ids', async () => {
    const { delivery } = await createLiveDelivery(payload, {
      notice: { category: 'bosai', title: '大雨への備え' },
      segment: '全員',
      when: 'due',
    })
    const result = await runDelivery(payload, delivery.id)
    expect(result).toEqual({ outcome: 'finished', status: 'partial' })

    const report = await emulatorDeliveries(emu)
    expect(report.total).toBe(RESIDENTS)
    expect(Object.values(report.perUser).every((n) => n === 1)).toBe(true)
    const row = await payload.findByID({ collection: 'line-deliveries', depth: 0, id: delivery.id, overrideAccess: true })
    expect(row).toMatchObject({ failed: BROKEN.length, sent: RESIDENTS, total: RESIDENTS + BROKEN.length })
    const failed = await payload.find({
      collection: 'line-delivery-batches',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ delivery: { equals: delivery.id } }, { status: { equals: 'failed' } }] },
    })
    expect(failed.docs.flatMap((b) => b.recipients as string[]).sort()).toEqual([...BROKEN].sort())
  }, 120_000)

  it('splits to the same new batch when it is split again after a crash', async () => {
    const delivery = (await payload.db.create({
      collection: 'line-deliveries',
      data: { collection: 'line-test-notices', document: '1', mode: 'live', status: 'sending' },
    })) as { id: number | string }
    const batch = (await payload.db.create({
      collection: 'line-delivery-batches',
      data: {
        attempts: 1,
        count: 3,
        delivery: delivery.id,
        recipients: ['Ua', 'bad', 'Ub'],
        retryKey: '0b6f7d56-6f1a-4f4b-9d0e-2a7c7c1e0a11',
        seq: 1,
        status: 'pending',
      },
    })) as unknown as BatchRow
    const refused = refusedRecipients(400, [{ message: 'Invalid user ID', property: 'to[1]' }], batch.recipients)!
    expect([...refused]).toEqual([1])
    expect(await splitBatch(payload, delivery.id, batch, refused, 'LINE 400')).toBe(1)
    // The process died before it saw the answer: the batch is split once more.
    await payload.db.updateOne({
      collection: 'line-delivery-batches',
      data: { recipients: batch.recipients, status: 'pending' },
      id: batch.id,
    })
    await splitBatch(payload, delivery.id, batch, refused, 'LINE 400')
    const rows = await payload.find({
      collection: 'line-delivery-batches',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'seq',
      where: { delivery: { equals: delivery.id } },
    })
    expect(rows.docs.map((b) => [b.status, b.recipients])).toEqual([
      ['failed', ['bad']],
      ['pending', ['Ua', 'Ub']],
    ])
  })

  it('does not split for anything but refused recipient ids', () => {
    expect(refusedRecipients(400, [{ message: 'Invalid', property: 'messages[0].text' }], ['U1'])).toBeNull()
    expect(refusedRecipients(400, [], ['U1'])).toBeNull()
    expect(refusedRecipients(403, [{ property: 'to[0]' }], ['U1'])).toBeNull()
    expect(refusedRecipients(400, [{ property: 'to[7]' }], ['U1'])).toBeNull()
  })
})
