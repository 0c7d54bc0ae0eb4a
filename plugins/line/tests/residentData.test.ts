import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { ensureDepartment } from '@akita-dx/test-support'
import { emulatorDeliveries, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { pruneLineData } from '../retention/prune'
import { applyPlan } from '../webhook/apply'
import { drainQueue } from '../webhook/queue'
import { createLiveDelivery } from './helpers/liveDelivery'
import { startLineTestServer, type LineTestServer } from './helpers/boot'

const DAY_MS = 86_400_000

/** 個人情報保護法 on LINE: the notice and consent version at registration, 「マイデータ」, 「データ削除」, and retention. */
describe('residents’ own data', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer

  const replay = async (userId: string, events: Record<string, unknown>[]) => {
    const res = await fetch(`${emu.url}/_emulator/webhook/events`, {
      body: JSON.stringify({ events: events.map((e) => ({ source: { type: 'user', userId }, ...e })) }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    await drainQueue(server.payload)
  }
  const say = (userId: string, text: string) => replay(userId, [{ message: { text, type: 'text' }, type: 'message' }])
  const tap = (userId: string, data: string) => replay(userId, [{ postback: { data }, type: 'postback' }])
  /** The messages of the last reply the emulator accepted for this resident. */
  const lastReply = async (userId: string) => {
    const report = await emulatorDeliveries(emu, `userId=${userId}&endpoint=reply&limit=100`)
    return ((report.messages ?? []).at(-1) as { messages: Record<string, any>[] }).messages
  }
  const subscriber = async (userId: string) =>
    (await server.payload.find({ collection: 'line-subscribers', overrideAccess: true, where: { lineUserId: { equals: userId } } }))
      .docs[0] as Record<string, any>
  const inquiriesOf = async (userId: string) =>
    (
      await server.payload.count({
        collection: 'line-inquiries',
        overrideAccess: true,
        where: { 'subscriber.lineUserId': { equals: userId } },
      })
    ).totalDocs
  const eventsOf = async (userId: string) =>
    (await server.payload.count({ collection: 'line-webhook-events', overrideAccess: true, where: { lineUserId: { equals: userId } } }))
      .totalDocs
  const register = async (userId: string) => {
    await replay(userId, [{ type: 'follow' }])
    for (const data of ['action=municipality&v=yokote', 'action=age&v=forties', 'action=interest&v=kosodate', 'action=done']) {
      await tap(userId, data)
    }
  }

  beforeAll(async () => {
    server = await startLineTestServer()
    emu = await startEmulator(`${server.baseUrl}/line/webhook`)
    await ensureDepartment(server.payload, 'koho', '広報広聴課')
    await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('shows the privacy notice with the policy’s address at follow, and stores the version agreed to with 「完了」', async () => {
    const userId = userIdFor('consenting')
    await replay(userId, [{ type: 'follow' }])
    const [, notice] = await lastReply(userId)
    expect(notice.text).toContain('【個人情報の取扱い】')
    expect(notice.text).toContain('詳しくは: https://www.pref.akita.example/privacy')
    expect(await subscriber(userId)).toMatchObject({ consentAt: null, consentVersion: null })
    await tap(userId, 'action=done')
    const row = await subscriber(userId)
    expect(row.consentVersion).toBe('2026-12')
    expect(Date.now() - Date.parse(row.consentAt)).toBeLessThan(60_000)
  })

  it('「マイデータ」 replies with what is stored, the last year’s inquiries included, and files no inquiry', async () => {
    const userId = userIdFor('curious')
    await register(userId)
    await say(userId, '保育園の入園申込はいつからですか？')
    await say(userId, 'マイデータ')
    const [reply] = await lastReply(userId)
    expect(reply.type).toBe('text')
    expect(reply.text).toContain('お住まい: 横手市')
    expect(reply.text).toContain('年代: 40代')
    expect(reply.text).toContain('関心: 子育て')
    expect(reply.text).toContain('（第2026-12版）')
    expect(reply.text).toContain('お問い合わせ（この1年）: 1件')
    expect(reply.text).toContain('保育園の入園申込はいつからですか？（受付済み）')
    expect(await inquiriesOf(userId)).toBe(1)
  })

  it('「データ削除」 asks first; やめる keeps everything, 削除する deletes attributes, inquiries and processed events, once', async () => {
    const userId = userIdFor('leaving-data')
    const neighbour = userIdFor('neighbour')
    await register(userId)
    await register(neighbour)
    await say(userId, '除雪の予定を知りたいです')
    await say(neighbour, '子育て支援の窓口を教えてください')

    await say(userId, 'データ削除')
    const [question] = await lastReply(userId)
    // A confirm template the emulator validated against LINE's schema and limits.
    expect(question).toMatchObject({
      template: { actions: [{ label: '削除する' }, { label: 'やめる' }], type: 'confirm' },
      type: 'template',
    })
    expect(await inquiriesOf(userId)).toBe(1)

    await tap(userId, 'action=erase-cancel')
    expect((await lastReply(userId))[0].text).toContain('取りやめました')
    expect(await subscriber(userId)).toMatchObject({ municipality: 'yokote' })
    expect(await inquiriesOf(userId)).toBe(1)

    await tap(userId, 'action=erase')
    expect((await lastReply(userId))[0].text).toContain('削除しました')
    const erased = await subscriber(userId)
    expect(erased).toMatchObject({
      ageBand: null,
      consentAt: null,
      consentVersion: null,
      followState: 'following',
      interests: [],
      municipality: null,
      registrationStep: null,
    })
    expect(await inquiriesOf(userId)).toBe(0)
    // Only the event that asked for the erasure is left (until retention), the neighbour's untouched.
    expect(await eventsOf(userId)).toBe(1)
    expect(await inquiriesOf(neighbour)).toBe(1)
    expect(await subscriber(neighbour)).toMatchObject({ municipality: 'yokote' })

    // Applied again (a process that died after applying it): the same rows, no error.
    const [event] = (
      await server.payload.find({ collection: 'line-webhook-events', overrideAccess: true, where: { lineUserId: { equals: userId } } })
    ).docs as Record<string, any>[]
    expect(event.plan.erase).toBeDefined()
    await applyPlan(server.payload, event.plan, event.webhookEventId)
    expect(await subscriber(userId)).toMatchObject({ followState: 'following', municipality: null })
    expect(await inquiriesOf(neighbour)).toBe(1)
  })

  it('prunes inquiries, processed webhook events and sent batches’ recipient lists after their periods, and nothing younger', async () => {
    const { payload } = server
    const userId = userIdFor('pruned')
    await register(userId)
    await say(userId, '観光パンフレットを送ってほしいです')
    await say(userId, '移住の相談窓口はどこですか')
    const inquiries = (
      await payload.find({ collection: 'line-inquiries', overrideAccess: true, where: { 'subscriber.lineUserId': { equals: userId } } })
    ).docs
    const old = inquiries[0]
    await payload.db.updateOne({
      collection: 'line-inquiries',
      data: { receivedAt: new Date(Date.now() - 400 * DAY_MS).toISOString() },
      id: old.id,
    })
    const events = (
      await payload.find({
        collection: 'line-webhook-events',
        overrideAccess: true,
        sort: 'receivedAt',
        where: { lineUserId: { equals: userId } },
      })
    ).docs
    const stale = events[0]
    await payload.db.updateOne({
      collection: 'line-webhook-events',
      data: { receivedAt: new Date(Date.now() - 31 * DAY_MS).toISOString() },
      id: stale.id,
    })

    const { delivery } = await createLiveDelivery(payload, {
      notice: { title: '保存期間のテスト' },
      segment: '保存期間テスト',
      when: 'unscheduled',
    })
    const batch = (status: string, recipients: string[]) =>
      payload.create({
        collection: 'line-delivery-batches',
        data: {
          count: recipients.length,
          delivery: delivery.id,
          recipients,
          retryKey: crypto.randomUUID(),
          seq: status === 'sent' ? 1 : 2,
          status,
        },
        overrideAccess: true,
      })
    const sent = await batch('sent', [userId])
    const pending = await batch('pending', [userIdFor('pending-recipient')])

    const result = await pruneLineData(payload)
    expect(result.inquiries?.getTime()).toBeCloseTo(Date.now() - 365 * DAY_MS, -4)
    const left = (
      await payload.find({ collection: 'line-inquiries', overrideAccess: true, where: { 'subscriber.lineUserId': { equals: userId } } })
    ).docs.map((d) => d.id)
    expect(left).toEqual([inquiries[1].id])
    const eventIds = (
      await payload.find({ collection: 'line-webhook-events', limit: 100, overrideAccess: true, where: { lineUserId: { equals: userId } } })
    ).docs.map((d) => d.id)
    expect(eventIds).not.toContain(stale.id)
    expect(eventIds).toHaveLength(events.length - 1)
    // Batches are young: their lists stay today, and go once 90 days have passed, a pending one never.
    const recipientsOf = async (id: number | string) =>
      ((await payload.findByID({ collection: 'line-delivery-batches', id, overrideAccess: true })) as Record<string, any>).recipients
    expect(await recipientsOf(sent.id)).toEqual([userId])
    await pruneLineData(payload, new Date(Date.now() + 91 * DAY_MS))
    expect(await recipientsOf(sent.id)).toEqual([])
    expect(await recipientsOf(pending.id)).toEqual([userIdFor('pending-recipient')])
    const { count } = (await payload.findByID({ collection: 'line-delivery-batches', id: sent.id, overrideAccess: true })) as Record<
      string,
      any
    >
    expect(count).toBe(1)
  })
})
