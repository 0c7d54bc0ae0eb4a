import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { messagingApi } from '@line/bot-sdk'

import type { RunningLineEmulator } from '../index'
import { jstDate } from '../insight'
import { api, clientsFor, failure, start, userIds, waitFor } from './helpers'

let emulator: RunningLineEmulator
let line: ReturnType<typeof clientsFor>

beforeAll(async () => {
  emulator = await start({ config: { narrowcastPhaseMs: 30 } })
  line = clientsFor(emulator)
})
afterAll(() => emulator.stop())
beforeEach(() => emulator.state.reset({ config: true }))

const URL_A = 'https://www.pref.akita.lg.jp/pages/archive/1'
const URL_B = 'https://www.pref.akita.lg.jp/pages/archive/2'
const today = () => jstDate(Date.now())

const message: messagingApi.FlexMessage = {
  type: 'flex',
  altText: '移住支援金のご案内',
  contents: {
    type: 'bubble',
    body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: '移住支援金' }] },
    footer: {
      type: 'box',
      layout: 'vertical',
      contents: [
        { type: 'button', action: { type: 'uri', label: '詳細', uri: URL_A } },
        { type: 'button', action: { type: 'uri', label: '申請', uri: URL_B } },
      ],
    },
  },
}

const record = (events: object[]) => api(emulator, '/_emulator/insight/events', { method: 'POST', json: { events } })

describe('statistics per aggregation unit', () => {
  it('counts recorded opens and clicks per URL, and hides values under 20', async () => {
    const to = userIds(40)
    await line.messaging.multicast({ to, messages: [message], customAggregationUnits: ['delivery_7'] })
    const opened = await record(to.slice(0, 25).map((userId) => ({ type: 'open', userId, customAggregationUnit: 'delivery_7' })))
    expect(opened.body).toEqual({ recorded: 25 })
    await record(to.slice(0, 22).map((userId) => ({ type: 'click', userId, customAggregationUnit: 'delivery_7', url: URL_A })))
    await record(to.slice(0, 5).map((userId) => ({ type: 'click', userId, customAggregationUnit: 'delivery_7', url: URL_B })))
    const stats = await line.insight.getStatisticsPerUnit('delivery_7', today(), today())
    expect(stats.overview).toEqual({ uniqueImpression: 25, uniqueClick: 22, uniqueMediaPlayed: null, uniqueMediaPlayed100Percent: null })
    expect(stats.messages[0]).toMatchObject({ seq: 1, impression: 25, mediaPlayed: null })
    expect(stats.clicks).toEqual([
      { seq: 1, url: URL_A, click: 22, uniqueClick: 22, uniqueClickOfRequest: 22 },
      { seq: 1, url: URL_B, click: null, uniqueClick: null, uniqueClickOfRequest: null },
    ])
  })

  it('rejects an open by someone who was not sent the unit', async () => {
    await line.messaging.multicast({ to: userIds(2), messages: [message], customAggregationUnits: ['delivery_8'] })
    const response = await record([{ type: 'open', userId: userIds(3)[2], customAggregationUnit: 'delivery_8' }])
    expect(response.status).toBe(400)
  })

  it('simulates opens and clicks deterministically from a seed', async () => {
    emulator.state.setConfig({ simulateEngagement: { openRate: 0.6, clickRate: 0.25, seed: 3 } })
    await line.messaging.multicast({ to: userIds(500), messages: [message], customAggregationUnits: ['sim_1'] })
    const first = await line.insight.getStatisticsPerUnit('sim_1', today(), today())
    expect(first.overview.uniqueImpression).toBeGreaterThan(250)
    expect(first.overview.uniqueImpression).toBeLessThan(350)
    expect(first.overview.uniqueClick).toBeGreaterThan(20)
    emulator.state.reset()
    await line.messaging.multicast({ to: userIds(500), messages: [message], customAggregationUnits: ['sim_1'] })
    expect(await line.insight.getStatisticsPerUnit('sim_1', today(), today())).toEqual(first)
  })

  it('validates the unit name and the period like LINE', async () => {
    expect((await failure(line.insight.getStatisticsPerUnit('bad-name', today(), today()))).status).toBe(400)
    expect((await failure(line.insight.getStatisticsPerUnit('ok', '20260101', '20260215'))).status).toBe(400)
    const empty = await line.insight.getStatisticsPerUnit('never_used', '20260101', '20260131')
    expect(empty.overview.uniqueImpression).toBeNull()
    expect(empty.messages).toEqual([])
  })
})

describe('message event statistics for narrowcast and broadcast', () => {
  it('broadcast: delivered counts every follower; impressions under 20 are null', async () => {
    const followers = userIds(30)
    for (const userId of followers) emulator.state.users.upsert({ userId })
    const { httpResponse } = await line.messaging.broadcastWithHttpInfo({ messages: [message] })
    const requestId = httpResponse.headers.get('x-line-request-id') as string
    await record(followers.slice(0, 10).map((userId) => ({ type: 'open', userId, requestId })))
    const stats = await line.insight.getMessageEvent(requestId)
    expect(stats.overview).toMatchObject({ requestId, delivered: 30, uniqueImpression: null, uniqueClick: null })
    expect(stats.clicks?.map((c) => c.url)).toEqual([URL_A, URL_B])
  })

  it('narrowcast: delivered is null until sending has finished', async () => {
    emulator.state.setConfig({ narrowcastPhaseMs: 400 })
    const audience = await line.audience.createAudienceGroup({ description: '大館市', audiences: userIds(80).map((id) => ({ id })) })
    const { httpResponse } = await line.messaging.narrowcastWithHttpInfo({
      messages: [message],
      recipient: { type: 'audience', audienceGroupId: audience.audienceGroupId } as messagingApi.Recipient,
    })
    const requestId = httpResponse.headers.get('x-line-request-id') as string
    expect((await line.insight.getMessageEvent(requestId)).overview?.delivered).toBeNull()
    await waitFor(
      () => line.messaging.getNarrowcastProgress(requestId),
      (p) => p.phase === 'succeeded',
    )
    expect((await line.insight.getMessageEvent(requestId)).overview?.delivered).toBe(80)
  })

  it('an unknown request id is not found', async () => {
    expect((await failure(line.insight.getMessageEvent('00000000-0000-0000-0000-000000000000'))).status).toBe(404)
  })
})

describe('followers and deliveries per day', () => {
  it('are ready for past days and unready for today', async () => {
    for (const userId of userIds(3)) emulator.state.users.upsert({ userId })
    emulator.state.users.unfollow(userIds(3)[2])
    const yesterday = jstDate(Date.now() - 86_400_000)
    expect(await line.insight.getNumberOfFollowers(yesterday)).toEqual({ status: 'ready', followers: 3, targetedReaches: 2, blocks: 1 })
    expect(await line.insight.getNumberOfFollowers(today())).toEqual({ status: 'unready' })
    await line.messaging.multicast({ to: userIds(4), messages: [message] })
    expect(await line.insight.getNumberOfMessageDeliveries(today())).toEqual({ status: 'unready' })
    expect(await line.insight.getNumberOfMessageDeliveries(yesterday)).toEqual({ status: 'ready' })
  })
})
