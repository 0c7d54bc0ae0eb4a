import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { HTTPFetchError, type messagingApi } from '@line/bot-sdk'

import type { RunningLineEmulator } from '../index'
import { api, clientsFor, failure, start, text, userIds, waitFor } from './helpers'

let emulator: RunningLineEmulator
let line: ReturnType<typeof clientsFor>

beforeAll(async () => {
  emulator = await start({ config: { narrowcastPhaseMs: 10 } })
  line = clientsFor(emulator)
})
afterAll(() => emulator.stop())
beforeEach(() => emulator.state.reset())

const bubble: messagingApi.FlexMessage = {
  type: 'flex',
  altText: '秋田県からのお知らせ',
  contents: {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: '大雪に関する注意' }] },
    footer: {
      type: 'box',
      layout: 'vertical',
      contents: [{ type: 'button', action: { type: 'uri', label: '詳しく', uri: 'https://www.pref.akita.lg.jp/news/1' } }],
    },
  },
}

describe('push and multicast through @line/bot-sdk', () => {
  it('push answers sentMessages with ids and records one delivery for the user', async () => {
    const [user] = userIds(1)
    const { httpResponse, body } = await line.messaging.pushMessageWithHttpInfo({ to: user, messages: [text('こんにちは'), bubble] })
    expect(httpResponse.status).toBe(200)
    expect(httpResponse.headers.get('x-line-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.sentMessages).toHaveLength(2)
    expect(body.sentMessages[0].id).toMatch(/^\d{18}$/)
    expect(body.sentMessages[0].quoteToken).toBeTruthy()
    expect(body.sentMessages[1].quoteToken).toBeUndefined()
    expect(emulator.state.deliveries.countFor(user)).toBe(1)
    const report = await api(emulator, `/_emulator/deliveries?userId=${user}`)
    expect(report.body.perUser).toEqual({ [user]: 1 })
    expect(report.body.messages[0].messages).toEqual([text('こんにちは'), bubble])
  })

  it('multicast to 500 users records each once; 501 is rejected with LINE details and nothing recorded', async () => {
    const to = userIds(501)
    await line.messaging.multicast({ to: to.slice(0, 500), messages: [bubble] })
    expect(emulator.state.deliveries.total).toBe(500)
    expect(emulator.state.deliveries.countFor(to[499])).toBe(1)
    const error = await failure(line.messaging.multicast({ to, messages: [bubble] }))
    expect(error.status).toBe(400)
    expect(error.body).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Size must be between 1 and 500', property: 'to' }],
    })
    expect(emulator.state.deliveries.total).toBe(500)
  })

  it('rejects malformed user ids and six messages', async () => {
    const error = await failure(line.messaging.multicast({ to: ['U123', ...userIds(1)], messages: Array(6).fill(text('x')) }))
    expect(error.status).toBe(400)
    expect(error.body.details).toEqual(
      expect.arrayContaining([
        { message: 'Size must be between 1 and 5', property: 'messages' },
        { message: 'Invalid user ID', property: 'to[0]' },
      ]),
    )
  })

  it('a repeated retry key is answered 409 with the first request id, and nothing is sent twice', async () => {
    const to = userIds(3)
    const key = randomUUID()
    const first = await line.messaging.multicastWithHttpInfo({ to, messages: [text('一度だけ')] }, key)
    const error = await failure(line.messaging.multicast({ to, messages: [text('一度だけ')] }, key))
    expect(error.status).toBe(409)
    expect(error.headers.get('x-line-accepted-request-id')).toBe(first.httpResponse.headers.get('x-line-request-id'))
    expect(error.body).toEqual({ message: 'The retry key is already accepted' })
    expect(emulator.state.deliveries.countFor(to[0])).toBe(1)
  })

  it('a repeated push retry key returns the first sentMessages', async () => {
    const key = randomUUID()
    const first = await line.messaging.pushMessage({ to: userIds(1)[0], messages: [text('a')] }, key)
    const error = await failure(line.messaging.pushMessage({ to: userIds(1)[0], messages: [text('a')] }, key))
    expect(error.status).toBe(409)
    expect(error.body.sentMessages).toEqual(first.sentMessages)
  })

  it('the SDK surfaces errors as HTTPFetchError', async () => {
    await expect(line.messaging.pushMessage({ to: 'nobody', messages: [text('a')] })).rejects.toBeInstanceOf(HTTPFetchError)
  })
})

describe('validate, quota and profile', () => {
  it('validate endpoints accept valid messages and reject too long alt text', async () => {
    await expect(line.messaging.validatePush({ messages: [bubble] })).resolves.toBeDefined()
    await expect(line.messaging.validateMulticast({ messages: [text('a')] })).resolves.toBeDefined()
    const error = await failure(line.messaging.validateBroadcast({ messages: [{ ...bubble, altText: 'あ'.repeat(1501) }] }))
    expect(error.status).toBe(400)
    expect(error.body.details).toEqual([{ message: 'Length must be between 0 and 1500', property: 'messages[0].altText' }])
    expect(emulator.state.deliveries.total).toBe(0)
  })

  it('quota and consumption follow what was delivered', async () => {
    expect(await line.messaging.getMessageQuota()).toEqual({ type: 'none' })
    await line.messaging.multicast({ to: userIds(7), messages: [text('a'), text('b')] })
    expect(await line.messaging.getMessageQuotaConsumption()).toEqual({ totalUsage: 7 })
    emulator.state.setConfig({ monthlyQuota: 10 })
    expect(await line.messaging.getMessageQuota()).toEqual({ type: 'limited', value: 10 })
    const error = await failure(line.messaging.multicast({ to: userIds(4, 'more'), messages: [text('a')] }))
    expect(error.status).toBe(429)
    emulator.state.setConfig({ monthlyQuota: null })
  })

  it('profiles exist for followers only', async () => {
    const [follower, stranger] = userIds(2)
    emulator.state.users.upsert({ userId: follower, displayName: '秋田 花子' })
    expect(await line.messaging.getProfile(follower)).toEqual({ displayName: '秋田 花子', userId: follower, language: 'ja' })
    expect((await failure(line.messaging.getProfile(stranger))).status).toBe(404)
  })
})

describe('broadcast and narrowcast', () => {
  it('broadcast reaches every follower but not users who blocked', async () => {
    const [a, b, c] = userIds(3)
    emulator.state.users.upsert({ userId: a })
    emulator.state.users.upsert({ userId: b })
    emulator.state.users.unfollow(c)
    await line.messaging.broadcast({ messages: [text('全員へ')] })
    expect(emulator.state.deliveryReport({ summary: true }).perUser).toEqual({ [a]: 1, [b]: 1 })
  })

  it('narrowcast to an uploaded audience: 202, then waiting → succeeded with counts, then deliveries', async () => {
    // Long enough phases that the first progress read still sees `waiting` on a busy machine.
    emulator.state.setConfig({ narrowcastPhaseMs: 400 })
    const members = userIds(60)
    const group = await line.audience.createAudienceGroup({ description: '秋田市 子育て', audiences: members.map((id) => ({ id })) })
    expect(group.audienceGroupId).toBeGreaterThan(0)
    const excluded = await line.audience.createAudienceGroup({ description: '除外', audiences: members.slice(0, 50).map((id) => ({ id })) })
    const { httpResponse } = await line.messaging.narrowcastWithHttpInfo(
      {
        messages: [bubble],
        recipient: {
          type: 'operator',
          and: [
            { type: 'audience', audienceGroupId: group.audienceGroupId },
            { type: 'operator', not: { type: 'audience', audienceGroupId: excluded.audienceGroupId } },
          ],
        } as messagingApi.Recipient,
      },
      randomUUID(),
    )
    expect(httpResponse.status).toBe(202)
    const requestId = httpResponse.headers.get('x-line-request-id') as string
    expect((await line.messaging.getNarrowcastProgress(requestId)).phase).toBe('waiting')
    // The operator above leaves 10 of 60 members: LINE fails narrowcasts under 50 recipients.
    const failed = await waitFor(
      () => line.messaging.getNarrowcastProgress(requestId),
      (p) => p.phase === 'failed' || p.phase === 'succeeded',
    )
    expect(failed).toMatchObject({ phase: 'failed', errorCode: 2 })
    expect(emulator.state.deliveries.total).toBe(0)

    const ok = await line.messaging.narrowcastWithHttpInfo({
      messages: [bubble],
      recipient: { type: 'audience', audienceGroupId: group.audienceGroupId } as messagingApi.Recipient,
      limit: { max: 55 },
    })
    const okId = ok.httpResponse.headers.get('x-line-request-id') as string
    const done = await waitFor(
      () => line.messaging.getNarrowcastProgress(okId),
      (p) => p.phase === 'succeeded',
    )
    expect(done).toMatchObject({ phase: 'succeeded', successCount: 55, failureCount: 0, targetCount: 60 })
    expect(done.completedTime).toBeDefined()
    expect(emulator.state.deliveries.total).toBe(55)
    emulator.state.setConfig({ narrowcastPhaseMs: 10 })
  })

  it('a demographic filter narrows an audience without making its members followers', async () => {
    const members = userIds(300, 'demographic')
    const group = await line.audience.createAudienceGroup({ description: '県内全域', audiences: members.map((id) => ({ id })) })
    const { httpResponse } = await line.messaging.narrowcastWithHttpInfo({
      messages: [text('女性向けのお知らせ')],
      recipient: { type: 'audience', audienceGroupId: group.audienceGroupId } as messagingApi.Recipient,
      filter: { demographic: { type: 'gender', oneOf: ['female'] } as messagingApi.DemographicFilter },
    })
    const requestId = httpResponse.headers.get('x-line-request-id') as string
    const done = await waitFor(
      () => line.messaging.getNarrowcastProgress(requestId),
      (p) => p.phase === 'succeeded' || p.phase === 'failed',
    )
    expect(done.phase).toBe('succeeded')
    expect(done.successCount).toBeGreaterThan(100)
    expect(done.successCount).toBeLessThan(200)
    const female = members.filter((id) => emulator.state.users.view(id).gender === 'female')
    expect(emulator.state.deliveryReport({ summary: true }).perUser).toEqual(Object.fromEntries(female.map((id) => [id, 1])))
    expect(emulator.state.users.counts().followers).toBe(0)
  })

  it('an audience under 50 fails the narrowcast with errorCode 4', async () => {
    const group = await line.audience.createAudienceGroup({ description: '少人数', audiences: userIds(10).map((id) => ({ id })) })
    const { httpResponse } = await line.messaging.narrowcastWithHttpInfo({
      messages: [text('a')],
      recipient: { type: 'audience', audienceGroupId: group.audienceGroupId } as messagingApi.Recipient,
    })
    const requestId = httpResponse.headers.get('x-line-request-id') as string
    const progress = await waitFor(
      () => line.messaging.getNarrowcastProgress(requestId),
      (p) => p.phase === 'failed',
    )
    expect(progress.errorCode).toBe(4)
  })

  it('audience data reads back with its upload job', async () => {
    const group = await line.audience.createAudienceGroup({
      description: '湯沢市',
      uploadDescription: 'seg-1',
      audiences: userIds(3).map((id) => ({ id })),
    })
    const data = await line.audience.getAudienceData(group.audienceGroupId as number)
    expect(data.audienceGroup).toMatchObject({ audienceGroupId: group.audienceGroupId, type: 'UPLOAD', status: 'READY', audienceCount: 3 })
    expect(data.jobs?.[0]).toMatchObject({ description: 'seg-1', audienceCount: 3, jobStatus: 'FINISHED' })
    const missing = await failure(line.audience.getAudienceData(42))
    expect(missing.status).toBe(400)
  })
})

describe('rate limits', () => {
  it('answers 429 with LINE message once the per-endpoint limit is used up', async () => {
    emulator.state.setConfig({ rateLimits: { narrowcast: { requests: 2, perMs: 3_600_000 } } as never })
    const request = { messages: [text('a')] }
    await line.messaging.narrowcast(request)
    await line.messaging.narrowcast(request)
    const error = await failure(line.messaging.narrowcast(request))
    expect(error.status).toBe(429)
    expect(error.body).toEqual({ message: 'The API rate limit has been exceeded. Try again later.' })
    // Another endpoint keeps its own counter.
    await expect(line.messaging.multicast({ to: userIds(1), messages: [text('a')] })).resolves.toBeDefined()
    emulator.state.reset({ config: true })
  })
})
