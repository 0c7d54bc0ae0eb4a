import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestServer, type TestServer } from '../../../tests/helpers/server'
import { api, type Cast, createCast, postIdea, readIdea } from './fixtures'

type Doc = Record<string, any>

describe('idea comments', () => {
  let server: TestServer
  let cast: Cast
  let idea: number | string
  const comment = async (persona: keyof Cast['users'], body: Record<string, unknown>) =>
    api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-comments', cast.headers[persona], { idea, stance: 'neutral', ...body })

  beforeAll(async () => {
    server = await startTestServer()
    cast = await createCast(server.payload, server.baseUrl)
    idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '窓口のキャッシュレス決済' })
  })
  afterAll(() => server?.close())

  it('threads replies three levels deep and refuses a fourth with 400 naming parent', async () => {
    const top = await comment('otherStaff', { body: '県税の窓口でも使えると助かります。', stance: 'support' })
    expect(top.status).toBe(201)
    expect(top.body.doc.depth).toBe(1)
    const reply = await comment('editor', { body: '手数料の負担が課題です。', parent: top.body.doc.id, stance: 'concern' })
    expect(reply.body.doc.depth).toBe(2)
    const third = await comment('staff', { body: '国の補助を調べます。', parent: reply.body.doc.id })
    expect(third.body.doc.depth).toBe(3)
    const fourth = await comment('otherStaff', { body: 'ありがとうございます。', parent: third.body.doc.id })
    expect(fourth.status).toBe(400)
    expect(JSON.stringify(fourth.body)).toContain('parent')
    expect(JSON.stringify(fourth.body)).toContain('3 階層')
  })

  it('keeps a reply on the same idea as its parent', async () => {
    const other = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '除雪情報の地図化' })
    const top = await comment('otherStaff', { body: '賛成です。' })
    const res = await api(server.baseUrl, 'POST', '/idea-comments', cast.headers.staff, { body: '別の提案への返信', idea: other, parent: top.body.doc.id, stance: 'neutral' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('parent')
  })

  it('accepts only the three stances', async () => {
    const res = await comment('staff', { body: 'どちらとも', stance: 'maybe' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('stance')
  })

  it('counts visible comments on the idea', async () => {
    const fresh = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: 'テレワーク用PCの増台' })
    const results = await Promise.all(
      (['staff', 'otherStaff', 'editor', 'otherEditor', 'admin'] as const).map((p) =>
        api(server.baseUrl, 'POST', '/idea-comments', cast.headers[p], { body: `${p} の意見`, idea: fresh, stance: 'support' }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    expect((await readIdea(server.payload, fresh)).commentsCount).toBe(5)
  })

  it('lets the author edit within the edit window only, and marks the edit', async () => {
    const own = await comment('otherStaff', { body: '電子マネーにも対応を。' })
    const id = own.body.doc.id
    const byOther = await api(server.baseUrl, 'PATCH', `/idea-comments/${id}`, cast.headers.staff, { body: '改ざん' })
    expect([403, 404]).toContain(byOther.status)
    const byAdmin = await api(server.baseUrl, 'PATCH', `/idea-comments/${id}`, cast.headers.admin, { body: '管理者が書き換え' })
    expect(byAdmin.status).toBe(403)
    const edited = await api<{ doc: Doc }>(server.baseUrl, 'PATCH', `/idea-comments/${id}`, cast.headers.otherStaff, { body: '電子マネーとQR決済にも対応を。' })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.editedAt).toBeTruthy()
    // Move the comment 31 minutes into the past: the 30-minute window has closed.
    await server.payload.db.updateOne({ collection: 'idea-comments', data: { createdAt: new Date(Date.now() - 31 * 60_000).toISOString() }, id })
    const late = await api(server.baseUrl, 'PATCH', `/idea-comments/${id}`, cast.headers.otherStaff, { stance: 'concern' })
    expect(late.status).toBe(403)
    expect(late.body.errors?.[0]?.message).toContain('30 分')
    const stored = await server.payload.findByID({ collection: 'idea-comments', id, overrideAccess: true })
    expect(stored.body).toBe('電子マネーとQR決済にも対応を。')
    expect(stored.stance).toBe('neutral')
  })

  it('deletes softly: the thread keeps its place, the text is gone for colleagues, the count drops', async () => {
    const fresh = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '電子決裁の対象拡大' })
    const top = await api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.otherStaff, { body: '押印廃止とセットで。', idea: fresh, stance: 'support' })
    const reply = await api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.staff, { body: '同感です。', idea: fresh, parent: top.body.doc.id, stance: 'support' })
    expect((await readIdea(server.payload, fresh)).commentsCount).toBe(2)
    // A hard delete is moderation, not for authors.
    expect((await api(server.baseUrl, 'DELETE', `/idea-comments/${top.body.doc.id}`, cast.headers.otherStaff)).status).toBe(403)
    const soft = await api(server.baseUrl, 'PATCH', `/idea-comments/${top.body.doc.id}`, cast.headers.otherStaff, { deleted: true })
    expect(soft.status).toBe(200)
    expect((await readIdea(server.payload, fresh)).commentsCount).toBe(1)
    const seen = await api<Doc>(server.baseUrl, 'GET', `/idea-comments/${top.body.doc.id}`, cast.headers.staff)
    expect(seen.status).toBe(200)
    expect(seen.body.deleted).toBe(true)
    expect(seen.body.body).toBeUndefined()
    expect(seen.body.deletedAt).toBeTruthy()
    const asAdmin = await api<Doc>(server.baseUrl, 'GET', `/idea-comments/${top.body.doc.id}`, cast.headers.admin)
    expect(asAdmin.body.body).toBe('押印廃止とセットで。')
    const child = await api<Doc>(server.baseUrl, 'GET', `/idea-comments/${reply.body.doc.id}?depth=0`, cast.headers.staff)
    expect(String(child.body.parent)).toBe(String(top.body.doc.id))
    // Only admins bring a deleted comment back.
    expect((await api(server.baseUrl, 'PATCH', `/idea-comments/${top.body.doc.id}`, cast.headers.otherStaff, { deleted: false })).status).toBe(403)
    expect((await api(server.baseUrl, 'PATCH', `/idea-comments/${top.body.doc.id}`, cast.headers.admin, { deleted: false })).status).toBe(200)
    expect((await readIdea(server.payload, fresh)).commentsCount).toBe(2)
  })

  it('sets the author to the person signed in and refuses comments on ideas one cannot see', async () => {
    const res = await comment('otherStaff', { author: cast.users.admin.id, body: '誰の意見？' })
    const stored = await server.payload.findByID({ collection: 'idea-comments', depth: 0, id: res.body.doc.id, overrideAccess: true })
    expect(String(stored.author)).toBe(String(cast.users.otherStaff.id))
    const hidden = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '非表示にされる提案' })
    await api(server.baseUrl, 'PATCH', `/ideas/${hidden}`, cast.headers.admin, { moderation: 'hidden' })
    const refused = await api(server.baseUrl, 'POST', '/idea-comments', cast.headers.otherStaff, { body: '見えないはず', idea: hidden, stance: 'neutral' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('idea')
  })
})
