import { api, createTestUser, loginHeaders } from '@akita-dx/test-support'
import { beforeAll, describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

type Doc = Record<string, any>

describe('reports and moderation', () => {
  const box = useIdeaBox()
  let reporters: Record<string, string>[]
  beforeAll(async () => {
    reporters = []
    for (let i = 0; i < 5; i += 1) {
      const user = await createTestUser(box.server.payload, {
        department: box.cast.departments.kodomo,
        name: `通報者${i}`,
        roles: ['staff'],
      })
      reporters.push(await loginHeaders(box.server.baseUrl, user))
    }
  })

  const ideaVisibleTo = async (id: number | string, headers: Record<string, string>) =>
    (await api(box.server.baseUrl, `/ideas/${id}`, { headers: headers })).status === 200

  it('hides an idea at the third report from different people, pending review', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '宣伝目的の投稿' })
    for (const [i, headers] of reporters.slice(0, 2).entries()) {
      expect(
        (await api(box.server.baseUrl, '/idea-flags', { body: { idea: id, reason: 'spam' }, headers: headers, method: 'POST' })).status,
      ).toBe(201)
      expect((await readIdea(box.server.payload, id)).openFlagsCount).toBe(i + 1)
    }
    expect((await readIdea(box.server.payload, id)).moderation).toBe('visible')
    // The same person reporting twice does not count twice.
    const twice = await api(box.server.baseUrl, '/idea-flags', {
      body: { idea: id, reason: 'inappropriate' },
      headers: reporters[0],
      method: 'POST',
    })
    expect(twice.status).toBe(409)
    expect(twice.json.errors?.[0]?.message).toContain('既に通報')
    expect(
      (await api(box.server.baseUrl, '/idea-flags', { body: { idea: id, reason: 'off-topic' }, headers: reporters[2], method: 'POST' }))
        .status,
    ).toBe(201)
    expect((await readIdea(box.server.payload, id)).moderation).toBe('pending')
    expect(await ideaVisibleTo(id, box.cast.headers.otherStaff)).toBe(false)
    expect(await ideaVisibleTo(id, box.cast.headers.editor)).toBe(false)
    // The author still sees their own idea, admins see everything.
    expect(await ideaVisibleTo(id, box.cast.headers.staff)).toBe(true)
    expect(await ideaVisibleTo(id, box.cast.headers.admin)).toBe(true)
    // Hidden ideas take no votes.
    expect(
      (await api(box.server.baseUrl, '/idea-votes', { body: { idea: id }, headers: box.cast.headers.staff, method: 'POST' })).status,
    ).toBe(409)
  })

  it('reaches the threshold when reports arrive at the same instant', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '同時に通報される投稿' })
    const results = await Promise.all(
      reporters.map((h) => api(box.server.baseUrl, '/idea-flags', { body: { idea: id, reason: 'spam' }, headers: h, method: 'POST' })),
    )
    // Reports that arrive after the idea is hidden find nothing to report (400 on idea).
    const accepted = results.filter((r) => r.status === 201).length
    expect(results.every((r) => r.status === 201 || r.status === 400)).toBe(true)
    expect(accepted).toBeGreaterThanOrEqual(3)
    const stored = await readIdea(box.server.payload, id)
    expect(stored.openFlagsCount).toBe(accepted)
    expect(stored.moderation).toBe('pending')
  })

  it('restores an item: reports become reviewed and counting starts again', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '誤って通報された提案' })
    for (const h of reporters.slice(0, 3))
      await api(box.server.baseUrl, '/idea-flags', { body: { idea: id, reason: 'off-topic' }, headers: h, method: 'POST' })
    expect((await readIdea(box.server.payload, id)).moderation).toBe('pending')
    // Only admins moderate.
    const byEditor = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { moderation: 'visible' },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(byEditor.status).toBeGreaterThanOrEqual(403)
    const restored = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { moderation: 'visible' },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect(restored.status).toBe(200)
    const stored = await readIdea(box.server.payload, id)
    expect(stored.moderation).toBe('visible')
    expect(stored.openFlagsCount).toBe(0)
    const flags = await box.server.payload.find({
      collection: 'idea-flags',
      overrideAccess: true,
      where: { targetKey: { equals: `idea:${id}` } },
    })
    expect(flags.docs.map((f) => f.status)).toEqual(['reviewed', 'reviewed', 'reviewed'])
    expect(flags.docs.every((f) => String((f.reviewedBy as Doc)?.id ?? f.reviewedBy) === String(box.cast.users.admin.id))).toBe(true)
    expect(await ideaVisibleTo(id, box.cast.headers.otherStaff)).toBe(true)
    // Two new reports do not hide it again.
    for (const h of reporters.slice(3))
      await api(box.server.baseUrl, '/idea-flags', { body: { idea: id, reason: 'spam' }, headers: h, method: 'POST' })
    expect((await readIdea(box.server.payload, id)).moderation).toBe('visible')
  })

  it('lets an admin hide an item outright and mark single reports reviewed', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '個人名を含む投稿' })
    const flag = await api(box.server.baseUrl, '/idea-flags', {
      body: { idea: id, note: '個人名が書かれています', reason: 'inappropriate' },
      headers: reporters[0],
      method: 'POST',
    })
    expect((await readIdea(box.server.payload, id)).openFlagsCount).toBe(1)
    const reviewed = await api(box.server.baseUrl, `/idea-flags/${flag.json.doc.id}`, {
      body: { status: 'reviewed' },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect(reviewed.status).toBe(200)
    expect((await readIdea(box.server.payload, id)).openFlagsCount).toBe(0)
    // Reporters cannot settle their own reports.
    const second = await api(box.server.baseUrl, '/idea-flags', {
      body: { idea: id, reason: 'inappropriate' },
      headers: reporters[1],
      method: 'POST',
    })
    expect(
      (
        await api(box.server.baseUrl, `/idea-flags/${second.json.doc.id}`, {
          body: { status: 'reviewed' },
          headers: reporters[1],
          method: 'PATCH',
        })
      ).status,
    ).toBe(403)
    const hidden = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { moderation: 'hidden' },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect(hidden.status).toBe(200)
    expect(await ideaVisibleTo(id, box.cast.headers.otherStaff)).toBe(false)
    const stored = await box.server.payload.findByID({ collection: 'idea-flags', id: second.json.doc.id, overrideAccess: true })
    expect(stored.status).toBe('reviewed')
  })

  it('hides a comment at the threshold and takes it out of the comment count', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: 'ペーパーレス会議' })
    const c = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '関係のない宣伝', idea: id, stance: 'neutral' },
      headers: box.cast.headers.otherStaff,
      method: 'POST',
    })
    expect((await readIdea(box.server.payload, id)).commentsCount).toBe(1)
    for (const h of reporters.slice(0, 3)) {
      expect(
        (await api(box.server.baseUrl, '/idea-flags', { body: { comment: c.json.doc.id, reason: 'spam' }, headers: h, method: 'POST' }))
          .status,
      ).toBe(201)
    }
    const stored = await box.server.payload.findByID({ collection: 'idea-comments', id: c.json.doc.id, overrideAccess: true })
    expect(stored.moderation).toBe('pending')
    expect((await readIdea(box.server.payload, id)).commentsCount).toBe(0)
    expect((await api(box.server.baseUrl, `/idea-comments/${c.json.doc.id}`, { headers: box.cast.headers.staff })).status).toBe(404)
    await api(box.server.baseUrl, `/idea-comments/${c.json.doc.id}`, {
      body: { moderation: 'visible' },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect((await readIdea(box.server.payload, id)).commentsCount).toBe(1)
  })

  it('needs exactly one target the reporter can see', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const none = await api(box.server.baseUrl, '/idea-flags', { body: { reason: 'spam' }, headers: reporters[0], method: 'POST' })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.json)).toContain('idea')
    const bad = await api(box.server.baseUrl, '/idea-flags', {
      body: { idea: id, reason: 'boring' },
      headers: reporters[0],
      method: 'POST',
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('reason')
  })
})
