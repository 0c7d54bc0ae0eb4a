import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders } from '@akita-dx/test-support'
import {
  bulkInsertSubscribers,
  emulatorDeliveries,
  resetEmulator,
  type RunningLineEmulator,
  startEmulator,
  userIdFor,
} from '@akita-dx/test-support/line'

import { needsApproval } from '../approval/rules'
import { resolveOptions } from '../defaults'
import { runDueDeliveries } from '../delivery/runner'
import { seenAuditEvents } from './helpers/auditEvents'
import { type LineTestServer, startLineTestServer } from './helpers/boot'
import { TEST_RESIDENTS } from '@akita-dx/test-support/line'

type Who = 'admin' | 'approver' | 'approver2' | 'editor' | 'otherApprover' | 'staff'
const RESIDENTS = 40

/**
 * 決裁 before a live send: a live delivery an editor asks for waits as 承認待ち and sends nothing
 * until an approver of its department (never the requester) approves it; it can be sent back with
 * a reason, withdrawn, or sent back by itself when its document changes while it waits.
 */
describe('approval of live deliveries', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  const headers = {} as Record<Who, Record<string, string>>
  const users = {} as Record<Who, { id: number | string }>
  let notice: number | string
  let segment: number | string

  const call = (who: Who | null, path: string, method = 'GET', body?: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: who ? headers[who] : { 'content-type': 'application/json' },
      method,
    }).then(async (res) => ({ body: (await res.json()) as any, status: res.status }))
  const phone = (who: Who) => userIdFor(`approval-${who}`)
  const staffPhones = new Set((['admin', 'approver', 'approver2', 'editor', 'otherApprover', 'staff'] as Who[]).map(phone))
  /** What residents received, leaving out the notices to staff members' own LINE. */
  const residentsReached = async () => Object.entries((await emulatorDeliveries(emu)).perUser).filter(([id]) => !staffPhones.has(id))
  const row = (id: number | string) => server.payload.findByID({ collection: 'line-deliveries', depth: 0, id, overrideAccess: true })
  const request = async (extra: Record<string, unknown> = {}) => {
    const created = await call('editor', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(notice),
      mode: 'live',
      segments: [segment],
      ...extra,
    })
    expect(created.status).toBe(201)
    return created.body.doc as { id: number | string; recipientEstimate: number; status: string }
  }

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    const kodomo = await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課')
    const sangyo = await ensureDepartment(server.payload, 'sangyo', '地域産業振興課')
    const people: [Who, Parameters<typeof createTestUser>[1], boolean][] = [
      ['editor', { department: kodomo.id, roles: ['editor'] }, true],
      ['approver', { department: kodomo.id, roles: ['editor'] }, true],
      ['approver2', { department: kodomo.id, roles: ['editor'] }, true],
      ['otherApprover', { department: sangyo.id, roles: ['editor'] }, true],
      ['staff', { department: kodomo.id, roles: ['staff'] }, false],
      ['admin', { roles: ['admin'] }, false],
    ]
    for (const [who, data, approver] of people) {
      users[who] = await createTestUser(server.payload, data)
      // The requester is an approver too: even so, they cannot decide their own request.
      const lineApprover = approver && who !== 'otherApprover' ? true : approver
      await server.payload.update({
        collection: 'users',
        data: { lineApprover, lineUserIds: [phone(who)] },
        id: users[who].id,
        overrideAccess: true,
      })
      headers[who] = await loginHeaders(server.baseUrl, users[who] as never)
    }
    await bulkInsertSubscribers(server.payload, RESIDENTS, { prefix: 'approval' })
    notice = (
      await server.payload.create({
        collection: 'line-test-notices',
        data: { department: kodomo.id, summary: '申込は12月15日まで', title: '保育園の入園申込' },
        overrideAccess: true,
      })
    ).id
    segment = (
      await server.payload.create({ collection: 'line-segments', data: { combinator: 'and', name: '全員' }, overrideAccess: true })
    ).id
  }, 120_000)

  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('waits as 承認待ち with the recipient count frozen, and sends nothing; a test send does not wait', async () => {
    await resetEmulator(emu)
    const doc = await request()
    expect(doc).toMatchObject({ recipientEstimate: RESIDENTS, status: 'awaiting_approval' })
    await Promise.all(await runDueDeliveries(server.payload))
    expect((await row(doc.id)).status).toBe('awaiting_approval')
    expect(await residentsReached()).toEqual([])
    const test = await call('editor', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(notice),
      mode: 'test',
    })
    expect(test.body.doc.status).toBe('scheduled')
  })

  it('refuses the requester, non-approvers, staff, anonymous and other departments', async () => {
    const doc = await request({ scheduledAt: new Date(Date.now() + 3_600_000).toISOString() })
    const own = await call('editor', `/line-deliveries/${doc.id}/approve`, 'POST')
    expect([own.status, errorMessage(own.body)]).toEqual([403, expect.stringContaining('自分が依頼した配信')])
    expect((await call('editor', `/line-deliveries/${doc.id}/reject`, 'POST', { reason: '自分で' })).status).toBe(403)
    expect((await call('staff', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(403)
    expect((await call(null, `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(401)
    // Another department's editor does not even see the delivery.
    expect((await call('otherApprover', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(404)
    expect((await call('editor', `/line-deliveries/${doc.id}/approval`)).body).toMatchObject({ mayDecide: false, own: true })
    expect((await call('approver', `/line-deliveries/${doc.id}/approval`)).body).toMatchObject({ mayDecide: true, own: false })
    expect((await row(doc.id)).status).toBe('awaiting_approval')
  })

  it('an editor cannot make themselves an approver; an admin can', async () => {
    const self = await call('staff', `/users/${users.staff.id}`, 'PATCH', { lineApprover: true })
    expect(self.status).toBeLessThan(500)
    const stored = await server.payload.findByID({ collection: 'users', depth: 0, id: users.staff.id, overrideAccess: true })
    expect(stored.lineApprover).toBe(false)
    expect((await call('admin', `/users/${users.staff.id}`, 'PATCH', { lineApprover: false })).status).toBe(200)
  })

  it('approval sends it once, records who approved, and cannot be repeated', async () => {
    await resetEmulator(emu)
    const doc = await request()
    const approved = await call('approver', `/line-deliveries/${doc.id}/approve`, 'POST')
    expect(approved).toEqual({ body: { id: doc.id, status: 'scheduled' }, status: 200 })
    for (let i = 0; i < 100 && !['done', 'partial', 'failed'].includes((await row(doc.id)).status as string); i++)
      await new Promise((r) => setTimeout(r, 100))
    const sent = await row(doc.id)
    expect(sent).toMatchObject({ reviewedBy: users.approver.id, sent: RESIDENTS, status: 'done' })
    expect(Date.parse(sent.reviewedAt as string)).toBeLessThanOrEqual(Date.now())
    expect((await call('approver2', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(409)
    const reached = await residentsReached()
    expect(reached).toHaveLength(RESIDENTS)
    expect(reached.every(([, n]) => n === 1)).toBe(true)
  })

  it('two approvers at the same instant: one wins, residents get it once', async () => {
    await resetEmulator(emu)
    const doc = await request()
    const answers = await Promise.all([
      call('approver', `/line-deliveries/${doc.id}/approve`, 'POST'),
      call('approver2', `/line-deliveries/${doc.id}/approve`, 'POST'),
      call('admin', `/line-deliveries/${doc.id}/reject`, 'POST', { reason: '同時' }),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
    await Promise.all(await runDueDeliveries(server.payload))
    const winner = answers.find((a) => a.status === 200)!.body.status
    // The server's own runner may have taken the delivery first: wait until it is sent (or stays rejected).
    const settled = ['done', 'partial', 'failed', 'rejected']
    for (let i = 0; i < 100 && !settled.includes((await row(doc.id)).status as string); i++) await new Promise((r) => setTimeout(r, 100))
    const reached = await residentsReached()
    expect(reached).toHaveLength(winner === 'scheduled' ? RESIDENTS : 0)
    expect(reached.every(([, n]) => n === 1)).toBe(true)
  })

  it('tells the audit log who asked, who decided, and how the send went; a test send is no event', async () => {
    const eventsOf = (id: unknown) => seenAuditEvents.filter((e) => e.documentId === id).map((e) => [e.action, e.by, e.note ?? null])
    const sent = await request()
    await call('approver', `/line-deliveries/${sent.id}/approve`, 'POST')
    for (let i = 0; i < 100 && eventsOf(sent.id).length < 4; i++) await new Promise((r) => setTimeout(r, 100))
    expect(eventsOf(sent.id)).toEqual([
      ['sendRequested', users.editor.id, null],
      ['approved', users.approver.id, null],
      ['sendStarted', null, null],
      ['sendFinished', null, `完了（送信 ${RESIDENTS}・失敗 0）`],
    ])
    expect(seenAuditEvents.find((e) => e.documentId === sent.id)).toMatchObject({
      collection: 'line-deliveries',
      documentTitle: '保育園の入園申込',
    })
    const rejected = await request()
    await call('approver', `/line-deliveries/${rejected.id}/reject`, 'POST', { reason: '日付を確認してください' })
    const withdrawn = await request()
    await call('editor', `/line-deliveries/${withdrawn.id}/cancel`, 'POST')
    expect(eventsOf(rejected.id).at(-1)).toEqual(['rejected', users.approver.id, '日付を確認してください'])
    expect(eventsOf(withdrawn.id).at(-1)).toEqual(['sendCancelled', users.editor.id, null])
    const test = await request({ mode: 'test', segments: [] })
    await Promise.all(await runDueDeliveries(server.payload))
    expect(eventsOf(test.id)).toEqual([])
  })

  it('sending back needs a reason, keeps it, and sends nothing', async () => {
    await resetEmulator(emu)
    const doc = await request()
    const empty = await call('approver', `/line-deliveries/${doc.id}/reject`, 'POST', { reason: '  ' })
    expect([empty.status, empty.body.errors[0].field]).toEqual([400, 'reason'])
    expect((await call('approver', `/line-deliveries/${doc.id}/reject`, 'POST', { reason: 'x'.repeat(501) })).status).toBe(400)
    expect((await call('approver', `/line-deliveries/${doc.id}/reject`, 'POST', '[]')).status).toBe(400)
    const rejected = await call('approver', `/line-deliveries/${doc.id}/reject`, 'POST', { reason: '対象を秋田市に絞ってください' })
    expect(rejected).toEqual({ body: { id: doc.id, status: 'rejected' }, status: 200 })
    expect(await row(doc.id)).toMatchObject({
      rejectionReason: '対象を秋田市に絞ってください',
      reviewedBy: users.approver.id,
      status: 'rejected',
    })
    expect((await call('approver', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(409)
    await Promise.all(await runDueDeliveries(server.payload))
    expect(await residentsReached()).toEqual([])
  })

  it('tells the approvers on LINE of a request, and the requester of the decision', async () => {
    const doc = await request()
    const page = `/line-deliveries/${doc.id}`
    /** How many notices about this request reached someone's phone. */
    const noticesTo = async (who: Who) =>
      // The page's URL ends each notice: `/line-deliveries/1"` is not a prefix of another request's.
      JSON.stringify((await emulatorDeliveries(emu, `userId=${phone(who)}`)).messages ?? []).split(`${page}"`).length - 1
    for (let i = 0; i < 50 && (await noticesTo('approver2')) === 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect([await noticesTo('approver'), await noticesTo('approver2')]).toEqual([1, 1])
    // Not the requester (an approver too), nor another department's editor, nor staff.
    expect([await noticesTo('editor'), await noticesTo('otherApprover'), await noticesTo('staff')]).toEqual([0, 0, 0])
    await call('approver', `${page}/reject`, 'POST', { reason: '写真の説明を追加してください' })
    expect(await noticesTo('editor')).toBe(1)
    const toEditor = JSON.stringify((await emulatorDeliveries(emu, `userId=${phone('editor')}`)).messages)
    expect(toEditor).toContain('写真の説明を追加してください')
  })

  it('the requester withdraws a request by cancelling it', async () => {
    const doc = await request()
    expect((await call('editor', `/line-deliveries/${doc.id}/cancel`, 'POST')).body).toMatchObject({ status: 'cancelled' })
    expect((await call('approver', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(409)
  })

  it('a change to the document sends a waiting request back; a save that changes nothing does not', async () => {
    const doc = await request()
    const edit = (data: Record<string, unknown>) =>
      server.payload.update({ collection: 'line-test-notices', data, id: notice, overrideAccess: true })
    await edit({ title: '保育園の入園申込' })
    expect((await row(doc.id)).status).toBe('awaiting_approval')
    await edit({ title: '保育園の入園申込（締切延長）' })
    const returned = await row(doc.id)
    expect(returned.status).toBe('rejected')
    expect(returned.rejectionReason).toContain('元の文書が変更された')
    expect((await call('approver', `/line-deliveries/${doc.id}/approve`, 'POST')).status).toBe(409)
  })

  it('needs no approval when the option is off, for the server’s own code, or for a test send', () => {
    const on = resolveOptions({ residents: TEST_RESIDENTS })
    const off = resolveOptions({ approval: { required: false }, residents: TEST_RESIDENTS })
    const asUser = { user: { id: 1 } } as never
    expect(needsApproval(asUser, on, { mode: 'live' })).toBe(true)
    expect(needsApproval(asUser, on, { mode: 'test' })).toBe(false)
    expect(needsApproval({ user: null } as never, on, { mode: 'live' })).toBe(false)
    expect(needsApproval(asUser, off, { mode: 'live' })).toBe(false)
  })
})
