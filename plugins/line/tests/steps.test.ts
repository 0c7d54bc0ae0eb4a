import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { emulatorDeliveries, type RunningLineEmulator, setFaults, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { sendDueSteps } from '../steps/send'
import { seriesFigures } from '../steps/statistics'
import { drainQueue } from '../webhook/queue'
import { type LineTestServer, startLineTestServer } from './helpers/boot'

const DAY = 86_400_000
/** 10:00 JST of the day `days` after the JST day of `from`. */
const jstMorning = (from: Date, days: number, hour = 10) => {
  const day = new Date(from.getTime() + 9 * 3_600_000).toISOString().slice(0, 10)
  return new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00+09:00`) + days * DAY)
}

/**
 * Step series (ステップ配信) through the webhook and the SDK on the emulator: who may make them,
 * what LINE would refuse, day 0 at once and later days in the morning, each step once (a push
 * LINE accepted before its answer was lost is not repeated), unfollowing stops the series, an
 * interest starts its series only with the resident's consent, and the figures per step.
 */
describe('step series', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  const headers: Record<'editor' | 'koho', Record<string, string>> = { editor: {}, koho: {} }
  const call = (who: keyof typeof headers, path: string, method = 'POST', body?: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: headers[who],
      method,
    }).then(async (res) => ({ body: (await res.json()) as any, status: res.status }))
  const event = async (userId: string, body: Record<string, unknown>, webhookEventId?: string) => {
    const res = await fetch(`${emu.url}/_emulator/webhook/events`, {
      body: JSON.stringify({ events: [{ source: { type: 'user', userId }, ...(webhookEventId ? { webhookEventId } : {}), ...body }] }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.ok).toBe(true)
    await drainQueue(server.payload)
  }
  const pushesTo = async (userId: string) =>
    ((await emulatorDeliveries(emu, `endpoint=push&userId=${userId}`)).messages ?? []) as { messages: Record<string, any>[] }[]
  const enrolment = async (userId: string, series: number | string) => {
    const { docs } = await server.payload.find({
      collection: 'line-subscribers',
      overrideAccess: true,
      where: { lineUserId: { equals: userId } },
    })
    const found = await server.payload.find({
      collection: 'line-step-enrolments' as 'users',
      overrideAccess: true,
      where: { and: [{ series: { equals: series } }, { subscriber: { equals: docs[0]?.id } }] },
    })
    return found.docs as Record<string, any>[]
  }
  const welcome = {
    active: true,
    name: '友だち追加のごあいさつ',
    steps: [
      { day: 7, text: '防災メールの登録はお済みですか。' },
      { day: 0, text: '秋田県の公式LINEへようこそ。' },
      { day: 3, linkLabel: '支援制度を探す', linkUrl: 'https://navi.pref.akita.example/subsidies', text: '県の支援制度をまとめています。' },
    ],
    trigger: 'follow',
  }

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    const koho = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const kodomo = await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')
    for (const [who, department] of [
      ['koho', koho.id],
      ['editor', kodomo.id],
    ] as const) {
      const user = await createTestUser(server.payload, { department, roles: ['editor'] } as never)
      headers[who] = { ...(await loginHeaders(server.baseUrl, user)), 'content-type': 'application/json' }
    }
    await fetch(`${emu.url}/_emulator/config`, {
      body: JSON.stringify({ webhookUrl: `${server.baseUrl}/line/webhook` }),
      headers: { 'content-type': 'application/json' },
      method: 'PUT',
    })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('only those who send for all make a series, and what LINE or a resident would stumble on is refused by field', async () => {
    expect((await call('editor', '/line-step-series', 'POST', welcome)).status).toBe(403)
    const sameDay = await call('koho', '/line-step-series', 'POST', {
      ...welcome,
      steps: [
        { day: 3, text: 'a' },
        { day: 3, text: 'b' },
      ],
    })
    expect(sameDay.status).toBe(400)
    expect(sameDay.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('同じ日'), path: 'steps' }),
    ])
    const badLink = await call('koho', '/line-step-series', 'POST', {
      ...welcome,
      steps: [{ day: 0, linkUrl: 'javascript:alert(1)', text: 'a' }],
    })
    expect(badLink.status).toBe(400)
    expect(badLink.body.errors[0].data.errors[0].path).toBe('steps.0.linkUrl')
    const noInterest = await call('koho', '/line-step-series', 'POST', { ...welcome, trigger: 'interest' })
    expect(noInterest.status).toBe(400)
    expect(noInterest.body.errors[0].data.errors[0].path).toBe('interest')
    const { totalDocs } = await server.payload.count({ collection: 'line-step-series' as 'users', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('a follower gets day 0 at once and day 3 at 10:00 JST of that day, each once, and nothing after unfollowing', async () => {
    const created = await call('koho', '/line-step-series', 'POST', welcome)
    expect(created.status).toBe(201)
    const series = created.body.doc.id
    expect(created.body.doc.steps.map((s: { day: number }) => s.day)).toEqual([0, 3, 7])
    const userId = userIdFor('steps-follower')
    await event(userId, { type: 'follow' }, '01STEPSFOLLOW0000000000001')
    // LINE redelivering the same follow starts nothing twice.
    await event(userId, { deliveryContext: { isRedelivery: true }, type: 'follow' }, '01STEPSFOLLOW0000000000001')
    const [row] = await enrolment(userId, series)
    expect(await enrolment(userId, series)).toHaveLength(1)
    const started = new Date(row.startedAt)

    expect(await sendDueSteps(server.payload, new Date(started.getTime() + 1000))).toMatchObject({ sent: 1 })
    expect(await sendDueSteps(server.payload, new Date(started.getTime() + 2000))).toMatchObject({ sent: 0 })
    expect((await pushesTo(userId)).map((p) => p.messages[0].text)).toEqual(['秋田県の公式LINEへようこそ。'])

    expect(await sendDueSteps(server.payload, jstMorning(started, 3, 9))).toMatchObject({ sent: 0 })
    expect(await sendDueSteps(server.payload, jstMorning(started, 3))).toMatchObject({ sent: 1 })
    const third = (await pushesTo(userId))[1].messages[0]
    expect(third).toMatchObject({ altText: '県の支援制度をまとめています。', type: 'flex' })
    expect(third.contents.footer.contents[0].action).toEqual({
      label: '支援制度を探す',
      type: 'uri',
      uri: 'https://navi.pref.akita.example/subsidies',
    })

    await event(userId, { type: 'unfollow' })
    expect((await enrolment(userId, series))[0]).toMatchObject({ lastDay: 3, state: 'stopped' })
    expect(await sendDueSteps(server.payload, jstMorning(started, 8))).toMatchObject({ sent: 0 })
    expect(await pushesTo(userId)).toHaveLength(2)
    const figures = await seriesFigures(server.payload, series, created.body.doc.steps)
    expect(figures).toMatchObject({ active: 0, completed: 0, enrolled: 1 })
    expect(figures.steps).toEqual([
      { day: 0, failed: 0, sent: 1, stoppedBefore: 0 },
      { day: 3, failed: 0, sent: 1, stoppedBefore: 0 },
      { day: 7, failed: 0, sent: 0, stoppedBefore: 1 },
    ])
  })

  it('a push LINE accepted before its answer was lost is not sent again, and LINE failing keeps the step for the next run', async () => {
    const userId = userIdFor('steps-lost-answer')
    await event(userId, { type: 'follow' })
    const series = (await server.payload.find({ collection: 'line-step-series' as 'users', overrideAccess: true })).docs[0].id
    const started = new Date((await enrolment(userId, series))[0].startedAt)
    await setFaults(emu, { endpoints: ['pushMessage'], status500AfterAccept: 1 })
    expect(await sendDueSteps(server.payload, new Date(started.getTime() + 1000))).toMatchObject({ retry: 1, sent: 0 })
    expect((await enrolment(userId, series))[0]).toMatchObject({ lastDay: -1, lastError: expect.stringContaining('500') })
    expect(await sendDueSteps(server.payload, new Date(started.getTime() + 2000))).toMatchObject({ sent: 1 })
    expect(await pushesTo(userId)).toHaveLength(1)

    await setFaults(emu, { endpoints: ['pushMessage'], status500: 1, status500AfterAccept: 0 })
    expect(await sendDueSteps(server.payload, jstMorning(started, 3))).toMatchObject({ retry: 1 })
    await setFaults(emu, { endpoints: null, status500: 0, status500AfterAccept: 0 })
    expect(await sendDueSteps(server.payload, jstMorning(started, 3))).toMatchObject({ sent: 1 })
    expect(await pushesTo(userId)).toHaveLength(2)
    expect((await enrolment(userId, series))[0]).toMatchObject({ lastDay: 3, lastError: null, state: 'active' })
    // Day 7 is the last step: the series is completed.
    expect(await sendDueSteps(server.payload, jstMorning(started, 7))).toMatchObject({ sent: 1 })
    expect((await enrolment(userId, series))[0]).toMatchObject({ lastDay: 7, state: 'completed' })
  })

  it('an interest starts its series only once the resident has consented, and again never', async () => {
    const created = await call('koho', '/line-step-series', 'POST', {
      active: true,
      interest: 'kigyo',
      name: '起業に関心のある方へ',
      steps: [{ day: 0, text: '起業の相談窓口をご案内します。' }],
      trigger: 'interest',
    })
    expect(created.status).toBe(201)
    const series = created.body.doc.id
    const userId = userIdFor('steps-founder')
    await event(userId, { type: 'follow' })
    await event(userId, { postback: { data: 'action=interest&v=kigyo' }, type: 'postback' })
    expect(await enrolment(userId, series)).toHaveLength(0)
    await event(userId, { postback: { data: 'action=done' }, type: 'postback' })
    expect(await enrolment(userId, series)).toHaveLength(1)
    // Off and on again later: still one enrolment, one message.
    await event(userId, { postback: { data: 'action=interest&v=kigyo' }, type: 'postback' })
    await event(userId, { postback: { data: 'action=interest&v=kigyo' }, type: 'postback' })
    expect(await enrolment(userId, series)).toHaveLength(1)
    await sendDueSteps(server.payload, new Date(Date.now() + 60_000))
    const texts = (await pushesTo(userId)).map((p) => p.messages[0].text)
    expect(texts.filter((t) => t === '起業の相談窓口をご案内します。')).toHaveLength(1)
  })
})
