import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { startLineTestServer, type LineTestServer } from './helpers/boot'
import { emulatorDeliveries, setFaults, startEmulator } from '@akita-dx/test-support/line'
import { userIdFor } from '@akita-dx/test-support/line'

type Inquiry = { id: number | string; repliedAt?: null | string; replyText?: null | string; status: string }

/**
 * A department's reply to a resident's free-text inquiry, saved through the real REST API by a
 * logged-in editor, pushed by the real SDK to the LINE emulator.
 */
describe('LINE inquiry replies', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  let kodomoEditor: Record<string, string>
  let kohoEditor: Record<string, string>
  let kodomoId: number | string
  let seq = 0

  /** A resident (following unless told) with one inquiry routed to the child-care department. */
  const inquiryFrom = async (followState: 'blocked' | 'following' = 'following') => {
    seq += 1
    const lineUserId = userIdFor(`inquirer-${seq}`)
    const subscriber = await server.payload.create({
      collection: 'line-subscribers',
      data: { followState, followedAt: new Date().toISOString(), lineUserId },
      overrideAccess: true,
    })
    const inquiry = await server.payload.create({
      collection: 'line-inquiries',
      data: {
        department: kodomoId,
        receivedAt: new Date().toISOString(),
        status: 'new',
        subscriber: subscriber.id,
        text: '保育園の入園申込はいつからですか？',
      },
      overrideAccess: true,
    })
    return { id: inquiry.id, lineUserId }
  }
  const save = async (id: number | string, data: Record<string, unknown>, headers = kodomoEditor) => {
    const res = await fetch(`${server.baseUrl}/api/line-inquiries/${id}`, { body: JSON.stringify(data), headers, method: 'PATCH' })
    return { body: (await res.json()) as { doc?: Inquiry; errors?: { message: string }[] }, status: res.status }
  }
  const stored = async (id: number | string) =>
    (await server.payload.findByID({ collection: 'line-inquiries', depth: 0, id, overrideAccess: true })) as unknown as Inquiry
  const pushesTo = async (lineUserId: string) => (await emulatorDeliveries(emu, `userId=${lineUserId}`)).perUser[lineUserId] ?? 0

  beforeAll(async () => {
    server = await startLineTestServer()
    emu = await startEmulator()
    kodomoId = (await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')).id
    const koho = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    kodomoEditor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: kodomoId, roles: ['editor'] }))
    kohoEditor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: koho.id, roles: ['editor'] }))
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })
  afterEach(async () => {
    delete process.env.LINE_CHANNEL_ACCESS_TOKEN
    delete process.env.LINE_API_BASE_URL
    await setFaults(emu, { endpoints: null, status429: 0, status500: 0, timeoutAfterAccept: 0 })
  })

  it('a saved reply reaches the resident once, as text, and the inquiry is marked answered', async () => {
    const { id, lineUserId } = await inquiryFrom()
    const reply = '4月入園の申込は11月1日から受け付けます。'
    const res = await save(id, { replyText: reply })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ replyText: reply, status: 'answered' })
    expect(res.body.doc?.repliedAt).toBeTruthy()
    const report = await emulatorDeliveries(emu, `userId=${lineUserId}&endpoint=push&summary=0`)
    expect(report.perUser).toEqual({ [lineUserId]: 1 })
    expect(JSON.stringify(report.messages)).toContain(reply)
  })

  it('saving again (same reply, or other fields) pushes nothing more; a different reply after sending is refused', async () => {
    const { id, lineUserId } = await inquiryFrom()
    expect((await save(id, { replyText: '回答です。' })).status).toBe(200)
    const first = await stored(id)
    expect((await save(id, { replyText: '回答です。' })).status).toBe(200)
    expect((await save(id, { status: 'closed' })).status).toBe(200)
    const changed = await save(id, { replyText: '別の回答に書き換えました。' })
    expect(changed.status).toBe(400)
    expect(changed.body.errors?.[0]?.message).toMatch(/返信済み/)
    const after = await stored(id)
    expect(after).toMatchObject({ repliedAt: first.repliedAt, replyText: '回答です。', status: 'closed' })
    expect(await pushesTo(lineUserId)).toBe(1)
  })

  it('two saves of the same reply at once reach the resident once', async () => {
    const { id, lineUserId } = await inquiryFrom()
    const results = await Promise.all([save(id, { replyText: '同時保存の回答' }), save(id, { replyText: '同時保存の回答' })])
    expect(results.some((r) => r.status === 200)).toBe(true)
    expect(await pushesTo(lineUserId)).toBe(1)
    expect((await stored(id)).status).toBe('answered')
  })

  it('two editors saving different replies at once: the resident gets one, and the other editor is told', async () => {
    const { id, lineUserId } = await inquiryFrom()
    const results = await Promise.all([save(id, { replyText: '担当Aの回答' }), save(id, { replyText: '担当Bの回答' })])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const loser = results.find((r) => r.status === 409)!
    expect(loser.body.errors?.[0]?.message).toMatch(/送信中か送信済み/)
    expect(await pushesTo(lineUserId)).toBe(1)
    const sent = JSON.stringify((await emulatorDeliveries(emu, `userId=${lineUserId}&summary=0`)).messages)
    expect(sent).toContain((await stored(id)).replyText!)
  })

  it('a resident who blocked the account gets nothing, and the editor is told why', async () => {
    const { id, lineUserId } = await inquiryFrom('blocked')
    const res = await save(id, { replyText: '届かない回答' })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/ブロック/)
    expect(await pushesTo(lineUserId)).toBe(0)
    expect(await stored(id)).toMatchObject({ repliedAt: null, status: 'new' })
  })

  it('LINE refusing the push (4xx) is shown to the editor and nothing is marked sent', async () => {
    const { id, lineUserId } = await inquiryFrom()
    // A revoked channel access token: LINE answers 401 with its own message.
    process.env.LINE_CHANNEL_ACCESS_TOKEN = 'revoked-token'
    process.env.LINE_API_BASE_URL = emu.url
    const res = await save(id, { replyText: '送れない回答' })
    expect(res.status).toBe(502)
    expect(res.body.errors?.[0]?.message).toMatch(/LINE への返信に失敗しました: Authentication failed/)
    expect(await pushesTo(lineUserId)).toBe(0)
    const after = await stored(id)
    expect(after).toMatchObject({ repliedAt: null, status: 'new' })
    expect(after.replyText ?? null).toBeNull()

    // Once the channel works again, the same reply can be sent.
    delete process.env.LINE_CHANNEL_ACCESS_TOKEN
    delete process.env.LINE_API_BASE_URL
    expect((await save(id, { replyText: '送れない回答' })).status).toBe(200)
    expect(await pushesTo(lineUserId)).toBe(1)
  })

  it('LINE busy (429) or down (5xx) is shown to the editor and nothing is marked sent', async () => {
    const { id, lineUserId } = await inquiryFrom()
    await setFaults(emu, { endpoints: ['pushMessage'], status500: 1 })
    const down = await save(id, { replyText: '障害中の回答' })
    expect(down.status).toBe(502)
    expect(down.body.errors?.[0]?.message).toMatch(/LINE への返信に失敗しました: HTTP 500/)
    await setFaults(emu, { status429: 1, status500: 0 })
    const busy = await save(id, { replyText: '障害中の回答' })
    expect(busy.status).toBe(502)
    expect(busy.body.errors?.[0]?.message).toMatch(/LINE への返信に失敗しました: LINE の送信上限/)
    expect(await stored(id)).toMatchObject({ repliedAt: null, status: 'new' })
    expect(await pushesTo(lineUserId)).toBe(0)
  })

  it('LINE accepting the push but the answer being lost: the save fails, saving again marks it sent without a second message', async () => {
    const { id, lineUserId } = await inquiryFrom()
    await setFaults(emu, { afterAcceptMode: 'drop', endpoints: ['pushMessage'], timeoutAfterAccept: 1, timeoutMs: 2500 })
    const started = Date.now()
    const lost = await save(id, { replyText: '届いたか分からない回答' })
    expect(lost.status).toBe(502)
    expect(lost.body.errors?.[0]?.message).toMatch(/LINE への返信に失敗しました: no answer within/)
    expect(Date.now() - started).toBeLessThan(2400)
    expect(await stored(id)).toMatchObject({ repliedAt: null, status: 'new' })
    await setFaults(emu, { timeoutAfterAccept: 0 })
    const again = await save(id, { replyText: '届いたか分からない回答' })
    expect(again.status).toBe(200)
    expect(again.body.doc).toMatchObject({ status: 'answered' })
    expect(await pushesTo(lineUserId)).toBe(1)
  })

  it('an editor of another department, or staff without the editor role, can neither read nor reply', async () => {
    const { id, lineUserId } = await inquiryFrom()
    const read = await fetch(`${server.baseUrl}/api/line-inquiries/${id}`, { headers: kohoEditor })
    expect(read.status).toBe(404)
    const res = await save(id, { replyText: '他課からの回答' }, kohoEditor)
    expect([403, 404]).toContain(res.status)
    const staff = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: kodomoId, roles: ['staff'] }))
    expect([403, 404]).toContain((await save(id, { replyText: '職員からの回答' }, staff)).status)
    expect(await pushesTo(lineUserId)).toBe(0)
    expect(await stored(id)).toMatchObject({ repliedAt: null, status: 'new' })
  })

  it('an editor cannot move an inquiry into another department’s inbox and answer it there', async () => {
    const { id, lineUserId } = await inquiryFrom()
    const koho = await ensureDepartment(server.payload, 'koho')
    // The own department may hand an inquiry over; the other department then owns it.
    const handOver = await save(id, { department: koho.id })
    expect(handOver.status).toBe(200)
    const res = await save(id, { replyText: '移した後の回答' })
    expect([403, 404]).toContain(res.status)
    expect(await pushesTo(lineUserId)).toBe(0)
  })
})
