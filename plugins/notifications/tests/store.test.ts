import { api, testDatabaseKind } from '@akita-dx/test-support'
import { sendStaffNotice } from '@akita-dx/plugin-core'
import { beforeEach, describe, expect, it } from '@jest/globals'

import { allNotices, phone } from './config'
import { person, taskWatchedBy, useNotifications } from './fixtures'

describe('storing staff notices and sending them at once', () => {
  const app = useNotifications()

  beforeEach(async () => {
    phone.reset()
    await app.server.payload.db.deleteMany({ collection: 'staff-notices', where: {} })
  })

  it('stores one notice per recipient, the acting user excepted, and each reads only their own', async () => {
    const actor = await person(app.server, 'immediate', false)
    const watcher = await person(app.server, 'adminOnly', false)
    const bystander = await person(app.server, 'immediate', false)
    const created = await taskWatchedBy(app.server, actor, [watcher, actor, watcher])
    expect(created.status).toBe(201)

    const stored = await allNotices(app.server.payload)
    expect(stored.map((n) => String(n.recipient))).toEqual([String(watcher.id)])
    expect(stored[0]).toMatchObject({
      kind: 'test.task',
      title: 'タスク「予算要求資料の作成」が更新されました',
      url: `/collections/tasks/${created.body.doc.id}`,
    })

    const own = await api(app.server.baseUrl, '/staff-notices', { headers: watcher.headers })
    expect(own.json.docs.map((n: any) => n.id)).toEqual([stored[0].id])
    const others = await api(app.server.baseUrl, '/staff-notices', { headers: bystander.headers })
    expect(others.json.docs).toEqual([])
    expect((await api(app.server.baseUrl, `/staff-notices/${stored[0].id}`, { headers: bystander.headers })).status).toBe(404)
    expect((await api(app.server.baseUrl, '/staff-notices')).status).toBe(403)
  })

  it('nobody writes, changes or deletes a notice through the API', async () => {
    const actor = await person(app.server, 'immediate', false)
    const watcher = await person(app.server, 'adminOnly', false)
    await taskWatchedBy(app.server, actor, [watcher])
    const [notice] = await allNotices(app.server.payload)
    const create = await api(app.server.baseUrl, '/staff-notices', {
      body: { event: 'x', key: 'x', recipient: watcher.id, title: '偽の通知' },
      headers: watcher.headers,
      method: 'POST',
    })
    expect(create.status).toBe(403)
    const patch = await api(app.server.baseUrl, `/staff-notices/${notice.id}`, {
      body: { title: '改変' },
      headers: watcher.headers,
      method: 'PATCH',
    })
    expect(patch.status).toBe(403)
    expect((await api(app.server.baseUrl, `/staff-notices/${notice.id}`, { headers: watcher.headers, method: 'DELETE' })).status).toBe(403)
    expect((await allNotices(app.server.payload)).map((n) => n.title)).toEqual([notice.title])
  })

  it('sends the same event to nobody twice', async () => {
    const watcher = await person(app.server, 'immediate', true)
    const notice = { event: 'task:7:2026-12-03T00:00:00.000Z', kind: 'test.task', recipients: [watcher.id, watcher.id], title: '再送' }
    // A retried request hands the same event over again.
    await sendStaffNotice({ payload: app.server.payload }, notice)
    await sendStaffNotice({ payload: app.server.payload }, notice)
    expect(await allNotices(app.server.payload)).toHaveLength(1)
    expect(phone.messages.map((m) => m.userIds)).toEqual([[watcher.id]])
  })

  it('keeps the opening 200 characters of a long body', async () => {
    const watcher = await person(app.server, 'adminOnly', false)
    const body = 'あ'.repeat(150) + 'い'.repeat(150)
    await sendStaffNotice(
      { payload: app.server.payload },
      { body, event: 'long', kind: 'test.task', recipients: [watcher.id], title: '長文' },
    )
    expect((await allNotices(app.server.payload))[0].body).toBe(body.slice(0, 200))
  })

  it('sends at once on LINE to those who chose so and linked it, and marks it delivered for them only', async () => {
    const actor = await person(app.server, 'immediate', false)
    const linked = await person(app.server, 'immediate', true)
    const unlinked = await person(app.server, 'immediate', false)
    const daily = await person(app.server, 'daily', true)
    const adminOnly = await person(app.server, 'adminOnly', true)
    const neverChose = await person(app.server, null, true)
    await taskWatchedBy(app.server, actor, [linked, unlinked, daily, adminOnly, neverChose])

    expect(phone.messages).toHaveLength(1)
    const [sent] = phone.messages
    expect(sent.userIds.map(String).sort()).toEqual([linked.id, unlinked.id, neverChose.id].map(String).sort())
    const taskId = (await app.server.payload.find({ collection: 'tasks', limit: 1, overrideAccess: true, sort: '-createdAt' })).docs[0].id
    expect(sent.text).toBe(
      `タスク「予算要求資料の作成」が更新されました\n\n「予算要求資料の作成」が更新されました。\n\n開く: https://cms.akita.example/admin/collections/tasks/${taskId}`,
    )
    const delivered = (await allNotices(app.server.payload)).filter((n) => n.deliveredAt).map((n) => String(n.recipient))
    expect(delivered.sort()).toEqual([linked.id, neverChose.id].map(String).sort())
  })

  it('keeps the change and the notice when LINE fails, and leaves the notice undelivered', async () => {
    const actor = await person(app.server, 'immediate', false)
    const watcher = await person(app.server, 'immediate', true)
    phone.failing = true
    expect((await taskWatchedBy(app.server, actor, [watcher])).status).toBe(201)
    const [notice] = await allNotices(app.server.payload)
    expect(notice.deliveredAt ?? null).toBeNull()
    expect((await api(app.server.baseUrl, '/staff-notices/unread-count', { headers: watcher.headers })).json).toEqual({ count: 1 })
  })

  // In-memory SQLite runs without transactions here; PostgreSQL rolls the whole change back.
  const onTransactions = testDatabaseKind() === 'postgres' ? it : it.skip
  onTransactions('stores no notice of a change that fails after it was handed over', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const watcher = await person(app.server, 'adminOnly', false)
    const failed = await taskWatchedBy(app.server, actor, [watcher], { title: '保存失敗' })
    expect(failed.status).toBeGreaterThanOrEqual(400)
    expect(await app.server.payload.count({ collection: 'tasks', overrideAccess: true, where: { title: { equals: '保存失敗' } } })).toEqual(
      {
        totalDocs: 0,
      },
    )
    expect(await allNotices(app.server.payload)).toEqual([])
  })

  it('keeps links inside the admin: a notice pointing at another site keeps no link', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const watcher = await person(app.server, 'adminOnly', false)
    await taskWatchedBy(app.server, actor, [watcher], { url: '//evil.example/login' })
    await taskWatchedBy(app.server, actor, [watcher], { url: 'https://evil.example/' })
    expect((await allNotices(app.server.payload)).map((n) => n.url ?? null)).toEqual([null, null])
  })
  it('deletes a person’s notices with their account', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const leaving = await person(app.server, 'adminOnly', false)
    const staying = await person(app.server, 'adminOnly', false)
    await taskWatchedBy(app.server, actor, [leaving, staying])
    await app.server.payload.delete({ collection: 'users', id: leaving.id, overrideAccess: true })
    expect((await allNotices(app.server.payload)).map((n) => String(n.recipient))).toEqual([String(staying.id)])
  })
})
