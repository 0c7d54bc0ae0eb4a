import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { api, createTestUser, ensureDepartment, loginHeaders, testDatabaseKind, type TestServer } from '@akita-dx/test-support'

import { AUDIT_EVENTS } from '../constants'
import { startAudit } from './config'

type Doc = Record<string, any>

const richText = (text: string) => ({
  root: {
    children: [{ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

describe('the audit log records what staff do', () => {
  let server: TestServer
  let payload: Payload
  let koho: Doc
  let editor: Record<string, string>
  let admin: Record<string, string>
  let editorId: number | string

  const entriesOf = async (documentId: unknown, collection = 'notices', since = new Date(0)) =>
    (
      await payload.find({
        collection: AUDIT_EVENTS,
        depth: 0,
        overrideAccess: true,
        sort: 'createdAt',
        where: {
          collection: { equals: collection },
          createdAt: { greater_than_equal: since.toISOString() },
          documentId: { equals: String(documentId) },
        },
      })
    ).docs as Doc[]

  beforeAll(async () => {
    server = await startAudit()
    payload = server.payload
    koho = await ensureDepartment(payload, 'koho', '広報広聴課')
    const editorUser = await createTestUser(payload, { department: koho.id, name: '佐藤 花子', roles: ['editor'] })
    editorId = editorUser.id
    editor = await loginHeaders(server.baseUrl, editorUser)
    admin = await loginHeaders(server.baseUrl, await createTestUser(payload, { name: '管理 太郎', roles: ['admin'] }))
  })
  afterAll(() => server?.close())

  it('records create, a draft save, publish with a field diff, unpublish and delete, each by its editor', async () => {
    const created = await api(server.baseUrl, '/notices', {
      body: { _status: 'draft', body: richText('大雨への備え'), department: koho.id, title: '防災のお知らせ' },
      headers: editor,
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const patch = (body: Doc, query = '') => api(server.baseUrl, `/notices/${id}${query}`, { body, headers: editor, method: 'PATCH' })
    expect((await patch({ title: '防災のお知らせ（案）' }, '?draft=true')).status).toBe(200)
    const publish = {
      _status: 'published',
      body: richText('大雨と土砂災害への備え'),
      contact: { phone: '018-860-1111' },
      internalMemo: '内部メモ',
    }
    expect((await patch(publish)).status).toBe(200)
    expect((await patch({ _status: 'draft' })).status).toBe(200)
    expect((await api(server.baseUrl, `/notices/${id}`, { headers: editor, method: 'DELETE' })).status).toBe(200)

    const entries = await entriesOf(id)
    expect(entries.map((e) => [e.action, e.draft])).toEqual([
      ['create', true],
      ['update', true],
      ['publish', false],
      ['unpublish', false],
      ['delete', false],
    ])
    for (const entry of entries) {
      expect(entry).toMatchObject({ collection: 'notices', collectionLabel: 'お知らせ', user: editorId, userName: '佐藤 花子' })
      expect(entry.department).toBe(koho.id)
    }
    expect(entries[1].changes).toEqual([{ after: '防災のお知らせ（案）', before: '防災のお知らせ', field: 'title' }])
    expect(entries[2].changes).toEqual(
      expect.arrayContaining([
        { after: '大雨と土砂災害への備え', before: '大雨への備え', field: 'body' },
        { after: '018-860-1111', before: null, field: 'contact.phone' },
        // Only admins read the memo: an editor reading the entry learns only that it changed.
        { field: 'internalMemo', redacted: true },
      ]),
    )
    expect(entries[2].changes).toHaveLength(3)
    expect(entries[4].documentTitle).toBe('防災のお知らせ（案）')
  })

  it('does not record a save that changes nothing, nor the server’s own writes', async () => {
    // SQLite hands a deleted document's id out again: only this test's entries count.
    const since = new Date()
    const notice = await payload.create({ collection: 'notices', data: { department: koho.id, title: 'システム作成' } })
    await payload.update({ collection: 'notices', data: { views: 3 }, id: notice.id })
    const res = await api(server.baseUrl, `/notices/${notice.id}`, { body: { title: 'システム作成' }, headers: editor, method: 'PATCH' })
    expect(res.status).toBe(200)
    expect(await entriesOf(notice.id, 'notices', since)).toEqual([])
  })

  it('records a role change and a password change without the password, and each login', async () => {
    const user = await createTestUser(payload, { department: koho.id, roles: ['staff'] })
    const res = await api(server.baseUrl, `/users/${user.id}`, {
      body: { name: '改名 のみ', password: 'a-New-Secret-9', roles: ['staff', 'editor'] },
      headers: admin,
      method: 'PATCH',
    })
    expect(res.status).toBe(200)
    await loginHeaders(server.baseUrl, { ...user, password: 'a-New-Secret-9' })
    const entries = await entriesOf(user.id, 'users')
    expect(entries.map((e) => e.action)).toEqual(['roleChange', 'login'])
    // `name` is excluded for users in this config; the password shows only as changed.
    expect(entries[0].changes).toEqual([
      { after: ['staff', 'editor'], before: ['staff'], field: 'roles' },
      { field: 'password', redacted: true },
    ])
    expect(JSON.stringify(entries)).not.toContain('a-New-Secret-9')
    expect(entries[1]).toMatchObject({ user: user.id, userName: expect.any(String) })
  })

  // SQLite runs without transactions in Payload's adapter; PostgreSQL writes the entry in the change's transaction.
  const onTransactions = testDatabaseKind() === 'postgres' ? it : it.skip
  onTransactions('stores neither the change nor its entry when the entry cannot be written', async () => {
    const since = new Date()
    const notice = await payload.create({ collection: 'notices', data: { department: koho.id, title: '元の件名' } })
    const res = await api(server.baseUrl, `/notices/${notice.id}`, { body: { title: '監査失敗' }, headers: editor, method: 'PATCH' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const stored = await payload.findByID({ collection: 'notices', id: notice.id })
    expect(stored.title).toBe('元の件名')
    expect(await entriesOf(notice.id, 'notices', since)).toEqual([])
  })
})
