import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'

import { DEV_CHANNEL_SECRET } from '../client/config'
import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { drainQueue } from '../webhook/queue'
import { ensureDepartment } from '@akita-dx/test-support'
import { startLineTestServer, type LineTestServer } from './helpers/boot'
import { emulatorDeliveries, startEmulator } from '@akita-dx/test-support/line'
import { userIdFor } from '@akita-dx/test-support/line'

const sign = (body: string, secret = DEV_CHANNEL_SECRET) => crypto.createHmac('sha256', secret).update(body).digest('base64')

describe('LINE webhook', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  let webhookUrl: string

  const count = async (collection: string, where?: Record<string, unknown>) =>
    (await server.payload.count({ collection: collection as 'users', overrideAccess: true, where: where as never })).totalDocs
  const postRaw = (body: string, signature?: string) =>
    fetch(webhookUrl, {
      body,
      headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'x-line-signature': signature }) },
      method: 'POST',
    })
  /** Builds full events in the emulator (reply tokens included) and sends them to the webhook, signed. */
  const replay = async (events: Record<string, unknown>[]) => {
    const res = await fetch(`${emu.url}/_emulator/webhook/events`, {
      body: JSON.stringify({ events }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const body = (await res.json()) as { sent: { events: Record<string, unknown>[] }; status: number }
    await drainQueue(server.payload)
    return body
  }
  const subscriber = async (lineUserId: string) =>
    (await server.payload.find({ collection: 'line-subscribers', overrideAccess: true, where: { lineUserId: { equals: lineUserId } } }))
      .docs[0] as Record<string, any> | undefined
  const event = (over: Record<string, unknown>) => ({
    deliveryContext: { isRedelivery: false },
    mode: 'active',
    source: { type: 'user', userId: userIdFor('nobody') },
    timestamp: Date.now(),
    webhookEventId: `01J${crypto.randomBytes(12).toString('hex').toUpperCase()}`,
    ...over,
  })

  beforeAll(async () => {
    server = await startLineTestServer()
    webhookUrl = `${server.baseUrl}/line/webhook`
    emu = await startEmulator(webhookUrl)
    await ensureDepartment(server.payload, 'koho', '広報広聴課')
    await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })
  beforeEach(() => drainQueue(server.payload))

  describe('refuses what LINE did not sign, and writes nothing', () => {
    const body = JSON.stringify({
      destination: 'Uxxx',
      events: [event({ source: { type: 'user', userId: userIdFor('intruder') }, type: 'follow' })],
    })

    it('missing signature → 401', async () => {
      const res = await postRaw(body)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/missing/) }] })
    })
    it('forged signature → 401', async () => {
      expect((await postRaw(body, crypto.randomBytes(32).toString('base64'))).status).toBe(401)
      expect((await postRaw(body, 'not base64 at all!')).status).toBe(401)
    })
    it('stale signature (old secret, or another body’s signature) → 401', async () => {
      expect((await postRaw(body, sign(body, 'the-rotated-old-channel-secret'))).status).toBe(401)
      const earlier = JSON.stringify({ destination: 'Uxxx', events: [] })
      expect((await postRaw(body, sign(earlier))).status).toBe(401)
    })
    it('leaves no trace of refused requests', async () => {
      await drainQueue(server.payload)
      expect(await subscriber(userIdFor('intruder'))).toBeUndefined()
      expect(await count('line-webhook-events')).toBe(0)
    })
  })

  it('malformed JSON (validly signed) → 400; a body without events → 400', async () => {
    const broken = '{"destination":"U1","events":[{"type":"follow",'
    const res = await postRaw(broken, sign(broken))
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ errors: [{ message: 'body is not valid JSON' }] })
    const wrong = JSON.stringify({ destination: 'U1', events: 'follow' })
    expect((await postRaw(wrong, sign(wrong))).status).toBe(400)
    expect(await count('line-webhook-events')).toBe(0)
  })

  it('a body over the limit → 413 without being read, declared or streamed; nothing is stored', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20)
    const declared = await fetch(`${server.baseUrl}/line/webhook`, {
      body: big,
      headers: { 'x-line-signature': sign(big.toString()) },
      method: 'POST',
    })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/1 MB/)
    const chunks = [Buffer.alloc(600 * 1024, 0x20), Buffer.alloc(600 * 1024, 0x20)]
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift()
        if (next) controller.enqueue(next)
        else controller.close()
      },
    })
    const streamed = await fetch(`${server.baseUrl}/line/webhook`, {
      body: stream,
      duplex: 'half',
      headers: { 'x-line-signature': 'x' },
      method: 'POST',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(await count('line-webhook-events')).toBe(0)
    const ok = JSON.stringify({ destination: 'U1', events: [] })
    expect((await postRaw(ok, sign(ok))).status).toBe(200)
  })

  it('an event from something that is not a LINE user id is recorded as ignored and makes no resident', async () => {
    const junk = ['abc', `U${'0'.repeat(31)}`, `U${'a'.repeat(4999)}`, 'Uxyz0123456789abcdef0123456789abcd']
    const events = junk.map((userId, i) =>
      event({ source: { type: 'user', userId }, type: 'follow', webhookEventId: `01JUNK${String(i).padStart(20, '0')}` }),
    )
    const body = JSON.stringify({ destination: 'U1', events })
    expect((await postRaw(body, sign(body))).status).toBe(200)
    await drainQueue(server.payload)
    const rows = await server.payload.find({
      collection: 'line-webhook-events',
      depth: 0,
      overrideAccess: true,
      where: { webhookEventId: { like: '01JUNK' } },
    })
    expect(rows.docs.map((d) => [d.status, d.lineUserId])).toEqual(junk.map(() => ['ignored', null]))
    for (const userId of junk) expect(await subscriber(userId)).toBeUndefined()
  })

  it('LINE’s empty verification request → 200', async () => {
    const body = JSON.stringify({ destination: 'U1', events: [] })
    expect((await postRaw(body, sign(body))).status).toBe(200)
  })

  it('an unknown event type → 200, recorded as ignored, nothing else changes', async () => {
    const userId = userIdFor('future-event')
    const body = JSON.stringify({ destination: 'U1', events: [event({ source: { type: 'user', userId }, type: 'someFutureEvent' })] })
    expect((await postRaw(body, sign(body))).status).toBe(200)
    await drainQueue(server.payload)
    expect(await count('line-webhook-events', { lineUserId: { equals: userId }, status: { equals: 'ignored' } })).toBe(1)
    expect(await count('line-webhook-events', { lineUserId: { equals: userId } })).toBe(1)
    expect(await subscriber(userId)).toBeUndefined()
  })

  it('follow → a subscriber and a reply asking for the region', async () => {
    const userId = userIdFor('follower')
    const sent = await replay([{ source: { type: 'user', userId }, type: 'follow' }])
    expect(sent.status).toBe(200)
    const row = await subscriber(userId)
    expect(row).toMatchObject({ followState: 'following', registrationStep: 'region' })
    const replies = await emulatorDeliveries(emu, `userId=${userId}&includeReplies=true`)
    expect(JSON.stringify(replies.messages)).toContain('県北')
  })

  it('the registration conversation sets municipality, age band and interests; 「設定」 starts it again', async () => {
    const userId = userIdFor('registering')
    const source = { type: 'user', userId }
    await replay([{ source, type: 'follow' }])
    for (const data of [
      'action=region&v=chuo',
      'action=municipality&v=akita',
      'action=age&v=thirties',
      'action=interest&v=kosodate',
      'action=interest&v=bosai',
      'action=interest&v=kanko',
      'action=interest&v=kanko',
      'action=done',
    ]) {
      await replay([{ postback: { data }, source, type: 'postback' }])
    }
    const row = await subscriber(userId)
    expect(row).toMatchObject({ ageBand: 'thirties', interests: ['kosodate', 'bosai'], municipality: 'akita', registrationStep: null })
    expect(row?.consentAt).toBeTruthy()
    await replay([{ message: { text: '設定', type: 'text' }, source, type: 'message' }])
    expect((await subscriber(userId))?.registrationStep).toBe('region')
    await replay([{ message: { text: '横手市', type: 'text' }, source, type: 'message' }])
    expect(await subscriber(userId)).toMatchObject({ municipality: 'yokote', registrationStep: 'ageBand' })
    expect(await count('line-inquiries')).toBe(0)
  })

  it('free text goes to the right department’s inbox', async () => {
    const userId = userIdFor('asking')
    await replay([
      { source: { type: 'user', userId }, type: 'follow' },
      { postback: { data: 'action=done' }, source: { type: 'user', userId }, type: 'postback' },
    ])
    await replay([
      { message: { text: '保育園の入園申込はいつからですか？', type: 'text' }, source: { type: 'user', userId }, type: 'message' },
    ])
    const inquiries = await server.payload.find({ collection: 'line-inquiries', depth: 1, overrideAccess: true })
    expect(inquiries.docs).toHaveLength(1)
    expect(inquiries.docs[0]).toMatchObject({ matchedKeyword: '保育', status: 'new', text: '保育園の入園申込はいつからですか？' })
    expect((inquiries.docs[0].department as { code: string }).code).toBe('kodomo')
  })

  it('a webhookEventId replayed 100 times is applied once', async () => {
    const userId = userIdFor('replayer')
    const first = await replay([
      { message: { text: '除雪の予定を知りたいです', type: 'text' }, source: { type: 'user', userId }, type: 'message' },
    ])
    const body = JSON.stringify(first.sent)
    const before = await count('line-inquiries')
    const statuses = await Promise.all(Array.from({ length: 100 }, () => postRaw(body, sign(body)).then((r) => r.status)))
    expect(new Set(statuses)).toEqual(new Set([200]))
    await drainQueue(server.payload)
    expect(await count('line-inquiries')).toBe(before)
    const key = first.sent.events[0].webhookEventId as string
    expect(await count('line-webhook-events', { webhookEventId: { equals: key } })).toBe(1)
    expect(await count('line-subscribers', { lineUserId: { equals: userId } })).toBe(1)
  })

  it('unfollow blocks the resident and drops what they declared', async () => {
    const userId = userIdFor('leaving')
    const source = { type: 'user', userId }
    await replay([{ source, type: 'follow' }])
    await replay([{ postback: { data: 'action=municipality&v=oga' }, source, type: 'postback' }])
    await replay([{ source, type: 'unfollow' }])
    expect(await subscriber(userId)).toMatchObject({ ageBand: null, followState: 'blocked', interests: [], municipality: null })
    await replay([{ follow: { isUnblocked: true }, source, type: 'follow' }])
    expect(await subscriber(userId)).toMatchObject({ followState: 'following', registrationStep: 'region' })
    expect(await count('line-subscribers', { lineUserId: { equals: userId } })).toBe(1)
  })
})
