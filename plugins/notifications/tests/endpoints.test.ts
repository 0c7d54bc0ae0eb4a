import { api } from '@akita-dx/test-support'
import { beforeEach, describe, expect, it } from '@jest/globals'

import { allNotices, phone } from './config'
import { type Person, person, taskWatchedBy, useNotifications } from './fixtures'

describe('the notices endpoints: unread count, mark as read, open', () => {
  const app = useNotifications()
  let actor: Person
  let reader: Person
  let other: Person
  const call = (path: string, who: Person | null, method = 'GET', body?: unknown) =>
    api(app.server.baseUrl, `/staff-notices${path}`, { body, headers: who?.headers, method })
  const countOf = async (who: Person) => (await call('/unread-count', who)).json.count

  beforeEach(async () => {
    phone.reset()
    await app.server.payload.db.deleteMany({ collection: 'staff-notices', where: {} })
    actor = await person(app.server, 'adminOnly', false)
    reader = await person(app.server, 'adminOnly', false)
    other = await person(app.server, 'adminOnly', false)
    for (const title of ['議会答弁の確認', '補正予算の照会', '研修の案内'])
      await taskWatchedBy(app.server, actor, [reader, other], { title })
  })

  it('counts the caller’s own unread notices, and refuses anyone signed out', async () => {
    expect(await countOf(reader)).toBe(3)
    const anonymous = await call('/unread-count', null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('ログインが必要です')
  })

  it('marks the given notices as read, never someone else’s', async () => {
    const mine = (await allNotices(app.server.payload)).filter((n) => String(n.recipient) === String(reader.id))
    const theirs = (await allNotices(app.server.payload)).find((n) => String(n.recipient) === String(other.id))!
    const res = await call('/read', reader, 'POST', { ids: [mine[0].id, theirs.id] })
    expect(res).toEqual({ json: { updated: 1 }, status: 200 })
    expect(await countOf(reader)).toBe(2)
    expect(await countOf(other)).toBe(3)
    // Again: already read, nothing more to mark.
    expect((await call('/read', reader, 'POST', { ids: [mine[0].id] })).json).toEqual({ updated: 0 })
    expect((await call('/read', reader, 'POST', { all: true })).json).toEqual({ updated: 2 })
    expect(await countOf(reader)).toBe(0)
  })

  it('answers 400 with the reason for a body that names no notices', async () => {
    for (const body of [{}, { ids: [] }, { ids: 'all' }, { ids: [{}] }, { all: 'yes' }]) {
      const res = await call('/read', reader, 'POST', body)
      expect(res.status).toBe(400)
      expect(res.json.errors[0]).toEqual({ field: 'ids', message: '既読にする通知の ids（配列）か "all": true を指定してください。' })
    }
    const tooMany = await call('/read', reader, 'POST', { ids: Array.from({ length: 501 }, (_, i) => i + 1) })
    expect(tooMany.json.errors[0].message).toBe('一度に既読にできるのは 500 件までです。')
    const broken = await fetch(`${app.server.baseUrl}/api/staff-notices/read`, {
      body: '{"ids": [',
      headers: reader.headers,
      method: 'POST',
    })
    expect(broken.status).toBe(400)
    expect(await countOf(reader)).toBe(3)
  })

  it('opens a notice: marks it read and redirects to its page in the admin; someone else’s is not found', async () => {
    const [notice] = (await allNotices(app.server.payload)).filter((n) => String(n.recipient) === String(reader.id))
    const open = (id: unknown, who: Person) =>
      fetch(`${app.server.baseUrl}/api/staff-notices/${id}/open`, { headers: who.headers, redirect: 'manual' })
    const res = await open(notice.id, reader)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`/admin${notice.url}`)
    expect(await countOf(reader)).toBe(2)
    expect((await open(notice.id, other)).status).toBe(404)
    expect((await open('abc', reader)).status).toBe(404)
    expect((await open(notice.id, reader)).status).toBe(302)
    expect(await countOf(reader)).toBe(2)
  })
})
