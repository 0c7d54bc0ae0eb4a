import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { api, createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { textToLexical } from '@akita-dx/plugin-idea-box'

type Id = number | string
type Lock = { document?: { relationTo: string; value: unknown }; id: Id; user?: unknown }

const LOCKS = 'payload-locked-documents'

/**
 * Payload's edit locks: who edits a document is for admins and the holder only (the editor of an
 * anonymous idea is usually its author), a lock is visible only to those who may read the document,
 * and nobody forges, moves or removes someone else's lock.
 */
describe('edit locks (payload-locked-documents)', () => {
  let server: TestServer
  const headers = {} as Record<'admin' | 'author' | 'colleague' | 'editor', Record<string, string>>
  const ids = {} as Record<'author' | 'colleague' | 'editor', Id>
  let anonymousIdea: Id
  let draft: Id
  let ideaLock: Lock
  let draftLock: Lock

  const lock = (relationTo: string, value: Id, user: Id) =>
    server.payload.create({
      collection: LOCKS,
      data: { document: { relationTo, value }, user: { relationTo: 'users', value: user } } as never,
      overrideAccess: true,
    })
  const stored = async () =>
    (await server.payload.find({ collection: LOCKS, depth: 0, overrideAccess: true, pagination: false })).docs as unknown as Lock[]

  beforeAll(async () => {
    server = await startAppServer()
    const p = server.payload
    const digital = await ensureDepartment(p, 'digital', 'デジタル政策推進課')
    const users = {
      admin: await createTestUser(p, { roles: ['admin'] }),
      author: await createTestUser(p, { department: digital.id, roles: ['staff'] }),
      colleague: await createTestUser(p, { department: digital.id, roles: ['staff'] }),
      editor: await createTestUser(p, { department: digital.id, roles: ['editor'] }),
    }
    for (const [name, user] of Object.entries(users)) headers[name as keyof typeof headers] = await loginHeaders(server.baseUrl, user)
    ids.author = users.author.id
    ids.colleague = users.colleague.id
    ids.editor = users.editor.id
    const idea = await api(server.baseUrl, '/ideas', {
      body: {
        anonymous: true,
        body: textToLexical('紙の回覧をやめたい'),
        category: 'digital',
        kind: 'idea',
        targetDepartment: digital.id,
        title: '匿名のアイデア',
      },
      headers: headers.author,
      method: 'POST',
    })
    expect(idea.status).toBe(201)
    anonymousIdea = idea.json.doc.id
    draft = (
      await p.create({
        collection: 'announcements',
        data: { _status: 'draft', category: 'bosai', department: digital.id, summary: '概要', title: '下書き' },
        draft: true,
        overrideAccess: true,
      })
    ).id
    ideaLock = (await lock('ideas', anonymousIdea, ids.author)) as unknown as Lock
    draftLock = (await lock('announcements', draft, ids.editor)) as unknown as Lock
  }, 120_000)
  afterAll(() => server?.close())

  it('shows colleagues that a readable document is being edited, not by whom, and hides locks on documents they cannot read', async () => {
    const res = await api(server.baseUrl, `/${LOCKS}?depth=0`, { headers: headers.colleague })
    expect(res.status).toBe(200)
    const locks = res.json.docs as Lock[]
    expect(locks.map((l) => l.id)).toEqual([ideaLock.id])
    expect(locks[0].user).toBeUndefined()
    const byId = await api(server.baseUrl, `/${LOCKS}/${draftLock.id}`, { headers: headers.colleague })
    expect([403, 404]).toContain(byId.status)
  })

  it('shows the holder and admins who holds a lock', async () => {
    const own = await api(server.baseUrl, `/${LOCKS}/${ideaLock.id}?depth=0`, { headers: headers.author })
    expect(own.json.user).toMatchObject({ relationTo: 'users', value: ids.author })
    const admin = await api(server.baseUrl, `/${LOCKS}?depth=0`, { headers: headers.admin })
    expect((admin.json.docs as Lock[]).map((l) => l.id).sort()).toEqual([ideaLock.id, draftLock.id].sort())
    expect((admin.json.docs as Lock[]).every((l) => l.user)).toBe(true)
  })

  it('refuses to filter or sort locks by holder to find out who edits an anonymous idea', async () => {
    for (const query of [
      `where[user.value][equals]=${ids.author}`,
      'where[user][exists]=true',
      'sort=user',
      `where[user][equals]=${ids.author}`,
    ]) {
      const res = await api(server.baseUrl, `/${LOCKS}?${query}`, { headers: headers.colleague })
      expect([query, res.status >= 400 && res.status < 500]).toEqual([query, true])
      expect(res.json.errors?.[0]?.message).toBeTruthy()
    }
  })

  it('refuses forged locks: in another name, or on a document the user may not edit', async () => {
    const before = (await stored()).length
    const forged = await api(server.baseUrl, `/${LOCKS}`, {
      body: { document: { relationTo: 'ideas', value: anonymousIdea }, user: { relationTo: 'users', value: ids.editor } },
      headers: headers.colleague,
      method: 'POST',
    })
    expect(forged.status).toBe(403)
    const notEditable = await api(server.baseUrl, `/${LOCKS}`, {
      body: { document: { relationTo: 'ideas', value: anonymousIdea }, user: { relationTo: 'users', value: ids.colleague } },
      headers: headers.colleague,
      method: 'POST',
    })
    expect(notEditable.status).toBe(403)
    expect((await stored()).length).toBe(before)
  })

  it("refuses to change or delete someone else's lock, and lets the holder release their own", async () => {
    const moved = await api(server.baseUrl, `/${LOCKS}/${ideaLock.id}`, {
      body: { user: { relationTo: 'users', value: ids.colleague } },
      headers: headers.colleague,
      method: 'PATCH',
    })
    expect([403, 404]).toContain(moved.status)
    const removed = await api(server.baseUrl, `/${LOCKS}/${ideaLock.id}`, { headers: headers.colleague, method: 'DELETE' })
    expect([403, 404]).toContain(removed.status)
    const bulk = await api(server.baseUrl, `/${LOCKS}?where[id][exists]=true`, { headers: headers.colleague, method: 'DELETE' })
    expect(bulk.status).toBeLessThan(500)
    expect((await stored()).map((l) => l.id).sort()).toEqual([ideaLock.id, draftLock.id].sort())
    const holderMoves = await api(server.baseUrl, `/${LOCKS}/${ideaLock.id}`, {
      body: { user: { relationTo: 'users', value: ids.colleague } },
      headers: headers.author,
      method: 'PATCH',
    })
    expect(holderMoves.status).toBeLessThan(500)
    const after = await server.payload.findByID({ collection: LOCKS, depth: 0, id: ideaLock.id, overrideAccess: true })
    expect((after as unknown as Lock).user).toMatchObject({ value: ids.author })
    const released = await api(server.baseUrl, `/${LOCKS}/${ideaLock.id}`, { headers: headers.author, method: 'DELETE' })
    expect(released.status).toBe(200)
    expect((await stored()).map((l) => l.id)).toEqual([draftLock.id])
  })
})
