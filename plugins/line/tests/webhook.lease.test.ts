import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { createMessagingClient, lineClientConfig } from '../client/config'
import { lineOptionsOf } from '../options'
import { applyPlan } from '../webhook/apply'
import { planEvent } from '../webhook/plan'
import { MAX_EVENT_ATTEMPTS } from '../webhook/claim'
import { drainQueue, enqueueEvents, resumeUnfinishedEvents } from '../webhook/queue'
import { startBackgroundWork } from '@akita-dx/plugin-core'
import { storeEvents, type WebhookEvent } from '../webhook/store'
import { ensureDepartment } from '@akita-dx/test-support'
import { startLineTestServer, type LineTestServer } from './helpers/boot'
import { startEmulator } from '@akita-dx/test-support/line'
import { userIdFor } from '@akita-dx/test-support/line'

type EventRow = { attempts: number; error?: null | string; id: number | string; plan?: unknown; status: string }

/** The lease of the test config (`deliveryLeaseMs`, LINE_TEST_LEASE_MS): 3 s. */
describe('webhook events left unfinished by a process that died', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  let lease: number
  let seq = 0

  const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
  const eventFor = (userId: string, over: Partial<WebhookEvent>): WebhookEvent => {
    seq += 1
    return { source: { type: 'user', userId }, timestamp: Date.now(), webhookEventId: `01LEASE${String(seq).padStart(19, '0')}`, ...over }
  }
  /** Stored as the webhook stores it, then left as a dead process leaves it. */
  const strand = async (event: WebhookEvent, left: Record<string, unknown>) => {
    const [id] = await storeEvents(server.payload, [event])
    await server.payload.db.updateOne({
      collection: 'line-webhook-events',
      data: { receivedAt: ago(10 * lease), ...left },
      id,
      req: undefined,
    })
    return id
  }
  const row = async (id: number | string) =>
    (await server.payload.findByID({ collection: 'line-webhook-events', depth: 0, id, overrideAccess: true })) as unknown as EventRow
  const subscriber = async (lineUserId: string) =>
    (await server.payload.find({ collection: 'line-subscribers', overrideAccess: true, where: { lineUserId: { equals: lineUserId } } }))
      .docs as Record<string, any>[]
  const ctx = () => ({ client: createMessagingClient(lineClientConfig()), options: lineOptionsOf(server.payload), payload: server.payload })

  beforeAll(async () => {
    server = await startLineTestServer()
    emu = await startEmulator()
    lease = lineOptionsOf(server.payload).deliveryLeaseMs
    await ensureDepartment(server.payload, 'koho')
    await ensureDepartment(server.payload, 'kodomo')
  }, 60_000)
  afterAll(async () => {
    await drainQueue(server?.payload)
    await server?.close()
    await emu?.stop()
  })

  it('a follow left "processing" under a lapsed claim and a message left "pending" are processed once; a live claim is left alone', async () => {
    const userId = userIdFor('lease-follow')
    const follow = await strand(eventFor(userId, { type: 'follow' }), {
      attempts: 1,
      claimedAt: ago(2 * lease),
      claimedBy: 'dead-process',
      status: 'processing',
    })
    const text = await strand(eventFor(userId, { message: { text: '除雪の予定を教えてください', type: 'text' }, type: 'message' }), {})
    const otherUser = userIdFor('lease-live')
    const live = await strand(eventFor(otherUser, { type: 'follow' }), {
      attempts: 1,
      claimedAt: ago(100),
      claimedBy: 'live-process',
      status: 'processing',
    })

    // Stuck before claims were recorded: 'processing', no claim time, last written long ago.
    const legacyUser = userIdFor('lease-legacy')
    const legacy = await strand(eventFor(legacyUser, { type: 'follow' }), { attempts: null, status: 'processing' })
    await server.payload.db.updateOne({
      collection: 'line-webhook-events',
      data: { updatedAt: ago(2 * lease) },
      id: legacy,
      req: undefined,
    })

    expect(await resumeUnfinishedEvents(server.payload)).toBe(3)
    expect(await row(legacy)).toMatchObject({ attempts: 1, status: 'done' })
    expect(await subscriber(legacyUser)).toHaveLength(1)
    expect(await row(follow)).toMatchObject({ attempts: 2, status: 'done' })
    expect(await row(text)).toMatchObject({ attempts: 1, status: 'done' })
    expect(await row(live)).toMatchObject({ attempts: 1, status: 'processing' })
    expect(await subscriber(userId)).toHaveLength(1)
    expect(await subscriber(otherUser)).toHaveLength(0)
    const inquiries = await server.payload.count({
      collection: 'line-inquiries',
      overrideAccess: true,
      where: { text: { equals: '除雪の予定を教えてください' } },
    })
    expect(inquiries.totalDocs).toBe(1)

    // A second sweep, and the webhook's own queue meeting the same rows, change nothing.
    expect(await resumeUnfinishedEvents(server.payload)).toBe(0)
    await enqueueEvents(server.payload, [follow, text])
    expect(
      (
        await server.payload.count({
          collection: 'line-inquiries',
          overrideAccess: true,
          where: { text: { equals: '除雪の予定を教えてください' } },
        })
      ).totalDocs,
    ).toBe(1)
    expect(await subscriber(userId)).toHaveLength(1)
  })

  it('a postback whose plan was applied before the process died is not applied a second time (the interest stays toggled on)', async () => {
    const userId = userIdFor('lease-toggle')
    await server.payload.create({
      collection: 'line-subscribers',
      data: { followState: 'following', followedAt: ago(0), interests: ['kanko'], lineUserId: userId, registrationStep: 'interests' },
      overrideAccess: true,
    })
    const event = eventFor(userId, { postback: { data: 'action=interest&v=bosai' }, type: 'postback' })
    // What the dead process did: decided, stored its plan, applied it, and died before recording it done.
    const plan = await planEvent(ctx(), event)
    const id = await strand(event, { attempts: 1, claimedAt: ago(2 * lease), claimedBy: 'dead-process', plan, status: 'processing' })
    if (plan === 'ignored') throw new Error('the postback should have a plan')
    await applyPlan(server.payload, plan, event.webhookEventId!)
    expect((await subscriber(userId))[0].interests).toEqual(['kanko', 'bosai'])

    expect(await resumeUnfinishedEvents(server.payload)).toBe(1)
    expect(await row(id)).toMatchObject({ attempts: 2, status: 'done' })
    expect((await subscriber(userId))[0].interests).toEqual(['kanko', 'bosai'])
  })

  it('the server’s background sweep takes a claim over once it is older than the lease, not before', async () => {
    const userId = userIdFor('lease-sweeper')
    const id = await strand(eventFor(userId, { type: 'follow' }), {
      attempts: 1,
      claimedAt: ago(0),
      claimedBy: 'slow-or-dead-process',
      status: 'processing',
    })
    const stop = await startBackgroundWork(server.payload)
    try {
      await new Promise((r) => setTimeout(r, lease / 2))
      expect((await row(id)).status).toBe('processing')
      const deadline = Date.now() + 3 * lease
      while ((await row(id)).status !== 'done' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      expect(await row(id)).toMatchObject({ attempts: 2, status: 'done' })
      expect(await subscriber(userId)).toHaveLength(1)
    } finally {
      await stop()
    }
  }, 20_000)

  it('an event its processes keep dying on is given up after the last attempt, with the reason', async () => {
    const id = await strand(eventFor(userIdFor('lease-poison'), { type: 'follow' }), {
      attempts: MAX_EVENT_ATTEMPTS,
      claimedAt: ago(2 * lease),
      claimedBy: 'dead-process',
      status: 'processing',
    })
    await resumeUnfinishedEvents(server.payload)
    expect(await row(id)).toMatchObject({ error: expect.stringMatching(/gave up after 5 attempts/), status: 'failed' })
    expect(await subscriber(userIdFor('lease-poison'))).toHaveLength(0)
  })

  it('a resident’s later event waits while an earlier one is unfinished, then runs after it', async () => {
    const userId = userIdFor('lease-order')
    const follow = await strand(eventFor(userId, { type: 'follow' }), {
      attempts: 1,
      claimedAt: ago(0),
      claimedBy: 'live-process',
      status: 'processing',
    })
    const [postback] = await storeEvents(server.payload, [
      eventFor(userId, { postback: { data: 'action=interest&v=bosai' }, type: 'postback' }),
    ])
    await enqueueEvents(server.payload, [postback])
    expect((await row(postback)).status).toBe('pending')
    await server.payload.db.updateOne({
      collection: 'line-webhook-events',
      data: { claimedAt: ago(2 * lease) },
      id: follow,
      req: undefined,
    })
    await server.payload.db.updateOne({
      collection: 'line-webhook-events',
      data: { receivedAt: ago(2 * lease) },
      id: postback,
      req: undefined,
    })
    expect(await resumeUnfinishedEvents(server.payload)).toBe(2)
    expect(await subscriber(userId)).toMatchObject([{ followState: 'following', interests: ['bosai'], registrationStep: 'interests' }])
  })

  it('two follows of one resident leave one subscriber', async () => {
    const userId = userIdFor('lease-twice')
    const ids = await storeEvents(server.payload, [eventFor(userId, { type: 'follow' }), eventFor(userId, { type: 'follow' })])
    await Promise.all([enqueueEvents(server.payload, ids), resumeUnfinishedEvents(server.payload)])
    expect(await subscriber(userId)).toHaveLength(1)
    expect((await Promise.all(ids.map(row))).map((r) => r.status)).toEqual(['done', 'done'])
  })
})
