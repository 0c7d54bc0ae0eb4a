import { api } from '@akita-dx/test-support'
import { beforeAll, describe, expect, it } from '@jest/globals'

import { type Cast, postIdea, readIdea, useIdeaBox } from './fixtures'

describe('idea comments', () => {
  const box = useIdeaBox()
  let idea: number | string
  const comment = async (persona: keyof Cast['users'], body: Record<string, unknown>) =>
    api(box.server.baseUrl, '/idea-comments', {
      body: { idea, stance: 'neutral', ...body },
      headers: box.cast.headers[persona],
      method: 'POST',
    })

  beforeAll(async () => {
    idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '窓口のキャッシュレス決済' })
  })

  it('threads replies three levels deep and refuses a fourth with 400 naming parent', async () => {
    const top = await comment('otherStaff', { body: '県税の窓口でも使えると助かります。', stance: 'support' })
    expect(top.status).toBe(201)
    expect(top.json.doc.depth).toBe(1)
    const reply = await comment('editor', { body: '手数料の負担が課題です。', parent: top.json.doc.id, stance: 'concern' })
    expect(reply.json.doc.depth).toBe(2)
    const third = await comment('staff', { body: '国の補助を調べます。', parent: reply.json.doc.id })
    expect(third.json.doc.depth).toBe(3)
    const fourth = await comment('otherStaff', { body: 'ありがとうございます。', parent: third.json.doc.id })
    expect(fourth.status).toBe(400)
    expect(JSON.stringify(fourth.json)).toContain('parent')
    expect(JSON.stringify(fourth.json)).toContain('3 階層')
  })

  it('keeps a reply on the same idea as its parent', async () => {
    const other = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '除雪情報の地図化' })
    const top = await comment('otherStaff', { body: '賛成です。' })
    const res = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '別の提案への返信', idea: other, parent: top.json.doc.id, stance: 'neutral' },
      headers: box.cast.headers.staff,
      method: 'POST',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('parent')
  })

  it('accepts only the three stances', async () => {
    const res = await comment('staff', { body: 'どちらとも', stance: 'maybe' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('stance')
  })

  it('counts visible comments on the idea', async () => {
    const fresh = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, {
      title: 'テレワーク用PCの増台',
    })
    const results = await Promise.all(
      (['staff', 'otherStaff', 'editor', 'otherEditor', 'admin'] as const).map((p) =>
        api(box.server.baseUrl, '/idea-comments', {
          body: { body: `${p} の意見`, idea: fresh, stance: 'support' },
          headers: box.cast.headers[p],
          method: 'POST',
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    expect((await readIdea(box.server.payload, fresh)).commentsCount).toBe(5)
  })

  it('lets the author edit within the edit window only, and marks the edit', async () => {
    const own = await comment('otherStaff', { body: '電子マネーにも対応を。' })
    const id = own.json.doc.id
    const byOther = await api(box.server.baseUrl, `/idea-comments/${id}`, {
      body: { body: '改ざん' },
      headers: box.cast.headers.staff,
      method: 'PATCH',
    })
    expect([403, 404]).toContain(byOther.status)
    const byAdmin = await api(box.server.baseUrl, `/idea-comments/${id}`, {
      body: { body: '管理者が書き換え' },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect(byAdmin.status).toBe(403)
    const edited = await api(box.server.baseUrl, `/idea-comments/${id}`, {
      body: { body: '電子マネーとQR決済にも対応を。' },
      headers: box.cast.headers.otherStaff,
      method: 'PATCH',
    })
    expect(edited.status).toBe(200)
    expect(edited.json.doc.editedAt).toBeTruthy()
    // Move the comment 31 minutes into the past: the 30-minute window has closed.
    await box.server.payload.db.updateOne({
      collection: 'idea-comments',
      data: { createdAt: new Date(Date.now() - 31 * 60_000).toISOString() },
      id,
    })
    const late = await api(box.server.baseUrl, `/idea-comments/${id}`, {
      body: { stance: 'concern' },
      headers: box.cast.headers.otherStaff,
      method: 'PATCH',
    })
    expect(late.status).toBe(403)
    expect(late.json.errors?.[0]?.message).toContain('30 分')
    const stored = await box.server.payload.findByID({ collection: 'idea-comments', id, overrideAccess: true })
    expect(stored.body).toBe('電子マネーとQR決済にも対応を。')
    expect(stored.stance).toBe('neutral')
  })

  it('deletes softly: the thread keeps its place, the text is gone for colleagues, the count drops', async () => {
    const fresh = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '電子決裁の対象拡大' })
    const top = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '押印廃止とセットで。', idea: fresh, stance: 'support' },
      headers: box.cast.headers.otherStaff,
      method: 'POST',
    })
    const reply = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '同感です。', idea: fresh, parent: top.json.doc.id, stance: 'support' },
      headers: box.cast.headers.staff,
      method: 'POST',
    })
    expect((await readIdea(box.server.payload, fresh)).commentsCount).toBe(2)
    // A hard delete is moderation, not for authors.
    expect(
      (await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, { headers: box.cast.headers.otherStaff, method: 'DELETE' }))
        .status,
    ).toBe(403)
    const soft = await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, {
      body: { deleted: true },
      headers: box.cast.headers.otherStaff,
      method: 'PATCH',
    })
    expect(soft.status).toBe(200)
    expect((await readIdea(box.server.payload, fresh)).commentsCount).toBe(1)
    const seen = await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, { headers: box.cast.headers.staff })
    expect(seen.status).toBe(200)
    expect(seen.json.deleted).toBe(true)
    expect(seen.json.body).toBeUndefined()
    expect(seen.json.deletedAt).toBeTruthy()
    const asAdmin = await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, { headers: box.cast.headers.admin })
    expect(asAdmin.json.body).toBe('押印廃止とセットで。')
    const child = await api(box.server.baseUrl, `/idea-comments/${reply.json.doc.id}?depth=0`, { headers: box.cast.headers.staff })
    expect(String(child.json.parent)).toBe(String(top.json.doc.id))
    // Only admins bring a deleted comment back.
    expect(
      (
        await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, {
          body: { deleted: false },
          headers: box.cast.headers.otherStaff,
          method: 'PATCH',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api(box.server.baseUrl, `/idea-comments/${top.json.doc.id}`, {
          body: { deleted: false },
          headers: box.cast.headers.admin,
          method: 'PATCH',
        })
      ).status,
    ).toBe(200)
    expect((await readIdea(box.server.payload, fresh)).commentsCount).toBe(2)
  })

  it('sets the author to the person signed in and refuses comments on ideas one cannot see', async () => {
    const res = await comment('otherStaff', { author: box.cast.users.admin.id, body: '誰の意見？' })
    const stored = await box.server.payload.findByID({ collection: 'idea-comments', depth: 0, id: res.json.doc.id, overrideAccess: true })
    expect(String(stored.author)).toBe(String(box.cast.users.otherStaff.id))
    const hidden = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '非表示にされる提案' })
    await api(box.server.baseUrl, `/ideas/${hidden}`, { body: { moderation: 'hidden' }, headers: box.cast.headers.admin, method: 'PATCH' })
    const refused = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '見えないはず', idea: hidden, stance: 'neutral' },
      headers: box.cast.headers.otherStaff,
      method: 'POST',
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toContain('idea')
  })
})
