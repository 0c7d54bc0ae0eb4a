import { messageStaff } from '@akita-dx/plugin-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders } from '@akita-dx/test-support'
import { emulatorDeliveries, resetEmulator, type RunningLineEmulator, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { drainQueue } from '../webhook/queue'
import { type LineTestServer, startLineTestServer } from './helpers/boot'

/**
 * An editor's own LINE is linked by proof: the admin shows a one-time code, the editor sends it to
 * the official account from their phone, and the webhook links the sender. Test sends go only there.
 */
describe('linking a member of staff’s LINE by a one-time code', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  let editor: { headers: Record<string, string>; id: number | string }
  let noticeId: number | string
  const phone = userIdFor('linking-editor-phone')

  const api = (path: string, method = 'GET', body?: unknown, headers = editor.headers) =>
    fetch(`${server.baseUrl}/api${path}`, { body: body === undefined ? undefined : JSON.stringify(body), headers, method }).then(
      async (res) => ({
        body: (await res.json()) as any,
        status: res.status,
      }),
    )
  /** A text message from a LINE user, as LINE posts it to the webhook. */
  const say = async (userId: string, text: string) => {
    await fetch(`${emu.url}/_emulator/webhook/events`, {
      body: JSON.stringify({ events: [{ message: { text, type: 'text' }, source: { type: 'user', userId }, type: 'message' }] }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    await drainQueue(server.payload)
  }
  const linkedIds = async () =>
    ((await server.payload.findByID({ collection: 'users', depth: 0, id: editor.id, overrideAccess: true })).lineUserIds ?? []) as string[]
  const inquiries = async () => (await server.payload.count({ collection: 'line-inquiries', overrideAccess: true })).totalDocs
  const newCode = async () => {
    const res = await api('/line-link-codes/new', 'POST', {})
    expect(res.status).toBe(201)
    return res.body as { code: string; expiresAt: string }
  }

  beforeAll(async () => {
    server = await startLineTestServer()
    emu = await startEmulator(`${server.baseUrl}/line/webhook`)
    const koho = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const user = await createTestUser(server.payload, { department: koho.id, roles: ['editor'] })
    editor = { headers: await loginHeaders(server.baseUrl, user), id: user.id }
    noticeId = (
      await server.payload.create({ collection: 'line-test-notices', data: { title: '試験配信のお知らせ' }, overrideAccess: true })
    ).id
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('refuses to take a LINE id typed into the account, and a code to anyone signed out', async () => {
    const typed = await api(`/users/${editor.id}`, 'PATCH', { lineUserIds: [userIdFor('someone-else')] })
    expect(typed.status).toBe(400)
    expect(JSON.stringify(typed.body)).toMatch(/コード/)
    expect(await linkedIds()).toEqual([])
    expect((await api('/line-link-codes/new', 'POST', {}, { 'content-type': 'application/json' })).status).toBe(401)
  })

  it('links the phone that sends the code (as typed on a phone), files no inquiry and answers on LINE', async () => {
    await resetEmulator(emu)
    const { code, expiresAt } = await newCode()
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000)
    const before = await inquiries()
    await say(phone, ` ${code.toLowerCase().replace('-', '')} `)
    expect(await linkedIds()).toEqual([phone])
    expect(await inquiries()).toBe(before)
    expect(JSON.stringify((await emulatorDeliveries(emu, 'endpoint=reply')).messages)).toContain('LINE を連携しました')
  })

  it('uses a code once: sent again from another LINE it links nothing and is an ordinary message', async () => {
    const { code } = await newCode()
    await say(phone, code)
    const before = await inquiries()
    await say(userIdFor('a-stranger'), code)
    expect(await linkedIds()).toEqual([phone])
    expect(await inquiries()).toBe(before + 1)
  })

  it('does not link with a code that has expired or been replaced', async () => {
    const old = await newCode()
    await newCode()
    await say(userIdFor('late-phone'), old.code)
    const expiring = await newCode()
    await server.payload.update({
      collection: 'line-link-codes',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
      where: {},
    })
    await say(userIdFor('late-phone'), expiring.code)
    expect(await linkedIds()).toEqual([phone])
  })

  it('lets an admin delete a user who holds an unused code, and that code then links nobody', async () => {
    const leaver = await createTestUser(server.payload, { roles: ['editor'] })
    const headers = await loginHeaders(server.baseUrl, leaver)
    const { code } = (await api('/line-link-codes/new', 'POST', {}, headers)).body as { code: string }
    await server.payload.delete({ collection: 'users', id: leaver.id, overrideAccess: true })
    const before = await inquiries()
    await say(userIdFor('leaver-phone'), code)
    const linked = await server.payload.find({
      collection: 'users',
      overrideAccess: true,
      where: { lineUserIds: { contains: userIdFor('leaver-phone') } },
    })
    expect(linked.totalDocs).toBe(0)
    // Not a code any more: an ordinary message, filed as an inquiry.
    expect(await inquiries()).toBe(before + 1)
  })

  it('carries the suite’s staff messages to the linked phone only, once per event', async () => {
    await resetEmulator(emu)
    const colleague = await createTestUser(server.payload, { roles: ['staff'] })
    const message = {
      event: 'idea-answered:3:2026-12-03',
      text: '「回覧文書を電子化したい」に所管課の回答がありました',
      userIds: [editor.id, colleague.id],
    }
    expect(await messageStaff(server.payload, message)).toEqual({ reached: [editor.id] })
    // The same event again: LINE's retry key makes it the same multicast, and the phone gets it once.
    expect(await messageStaff(server.payload, message)).toEqual({ reached: [editor.id] })
    const sent = await emulatorDeliveries(emu, 'endpoint=multicast')
    expect(sent.perUser).toEqual({ [phone]: 1 })
    expect(JSON.stringify(sent.messages)).toContain('所管課の回答がありました')
    expect(await messageStaff(server.payload, { ...message, event: 'nobody-linked', userIds: [colleague.id] })).toEqual({ reached: [] })
  })

  it('sends a test to the linked phone, and lets its owner unlink it', async () => {
    await resetEmulator(emu)
    const created = await api('/line-deliveries', 'POST', { collection: 'line-test-notices', document: String(noticeId), mode: 'test' })
    expect(created.status).toBe(201)
    for (let i = 0; i < 100 && (await emulatorDeliveries(emu)).total === 0; i += 1) await new Promise((r) => setTimeout(r, 100))
    expect((await emulatorDeliveries(emu)).perUser).toEqual({ [phone]: 1 })
    const unlinked = await api(`/users/${editor.id}`, 'PATCH', { lineUserIds: [] })
    expect(unlinked.status).toBe(200)
    expect(await linkedIds()).toEqual([])
    expect(
      errorMessage(
        (await api('/line-deliveries', 'POST', { collection: 'line-test-notices', document: String(noticeId), mode: 'test' })).body,
      ),
    ).toMatch(/テスト配信先/)
  })
})
