import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { freezeRecipients } from '../delivery/freeze'
import { matchesRule } from '../segments/rule'
import { bulkInsertSubscribers, generatedSubscriber } from '@akita-dx/test-support/line'
import { bootLinePayload } from './helpers/boot'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/**
 * The recipient freeze: the database writes the batches in one statement; the paged way from
 * Node (MongoDB's, and the benchmark's baseline) must give exactly the same batches.
 */
describe('freezing a live delivery’s recipients into batches', () => {
  let payload: Payload
  let delivery: Record<string, any>
  const rule = { combinator: 'or' as const, interests: ['kosodate'], municipalities: ['akita', 'yokote'] }
  const residents = Array.from({ length: 2345 }, (_, i) => generatedSubscriber('freeze', i))

  const batches = async () =>
    (
      await payload.find({
        collection: 'line-delivery-batches',
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        sort: 'seq',
        where: { delivery: { equals: delivery.id } },
      })
    ).docs as unknown as { count: number; recipients: string[]; retryKey: string; seq: number; status: string }[]

  beforeAll(async () => {
    payload = await bootLinePayload()
    await bulkInsertSubscribers(payload, residents.length, { prefix: 'freeze' })
    // Blocked residents who match are never recipients.
    await payload.update({
      collection: 'line-subscribers',
      data: { followState: 'blocked' },
      overrideAccess: true,
      where: { lineUserId: { in: [residents[0].lineUserId, residents[1].lineUserId] } },
    })
    const segment = await payload.create({
      collection: 'line-segments',
      data: { ...rule, name: '子育て or 秋田市・横手市' },
      overrideAccess: true,
    })
    const notice = await payload.create({
      collection: 'line-test-notices',
      data: { summary: '冬の備え', title: '冬の備え' },
      overrideAccess: true,
    })
    delivery = await payload.create({
      collection: 'line-deliveries',
      data: {
        collection: 'line-test-notices',
        document: String(notice.id),
        mode: 'live',
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        segments: [segment.id],
      },
      overrideAccess: true,
    })
  }, 120_000)
  afterAll(() => payload?.destroy())

  it('writes numbered batches of at most 500 holding each matching follower once, with fresh UUID retry keys', async () => {
    const matching = (
      await payload.find({ collection: 'line-subscribers', depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'id' })
    ).docs
      .filter((s: any) => s.followState === 'following' && matchesRule(rule, s))
      .map((s: any) => s.lineUserId as string)
    expect(matching.length).toBeGreaterThan(1000)

    const total = await freezeRecipients(payload, delivery as never, 500)
    expect(total).toBe(matching.length)
    const rows = await batches()
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    expect(rows.map((r) => r.count)).toEqual(rows.map((r, i) => (i < rows.length - 1 ? 500 : matching.length - 500 * (rows.length - 1))))
    expect(rows.every((r) => r.status === 'pending' && r.recipients.length === r.count)).toBe(true)
    // Batch n holds the n-th 500 followers in id order.
    expect(rows.map((r) => [...r.recipients].sort())).toEqual(rows.map((_, i) => matching.slice(i * 500, (i + 1) * 500).sort()))
    expect(rows.every((r) => UUID.test(r.retryKey))).toBe(true)
    expect(new Set(rows.map((r) => r.retryKey)).size).toBe(rows.length)
  })

  it('gives the same batches as paging through the residents from Node, and replaces an earlier attempt', async () => {
    const inDatabase = await batches()
    await freezeRecipients(payload, delivery as never, 500, { strategy: 'paged' })
    const paged = await batches()
    expect(paged.map((r) => [r.seq, [...r.recipients].sort()])).toEqual(inDatabase.map((r) => [r.seq, [...r.recipients].sort()]))
    // A new freeze never reuses a retry key: a key LINE accepted must not cover other ids.
    expect(paged.some((r) => inDatabase.some((d) => d.retryKey === r.retryKey))).toBe(false)
  })
})
