import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestServer, type TestServer } from '../../../tests/helpers/server'
import { createTestUser, loginHeaders } from '../../../tests/helpers/users'
import { api, type Cast, createCast, postIdea, readIdea } from './fixtures'

type Doc = Record<string, any>

describe('reports and moderation', () => {
  let server: TestServer
  let cast: Cast
  let reporters: Record<string, string>[]
  beforeAll(async () => {
    server = await startTestServer()
    cast = await createCast(server.payload, server.baseUrl)
    reporters = []
    for (let i = 0; i < 5; i += 1) {
      const user = await createTestUser(server.payload, { department: cast.departments.kodomo, name: `通報者${i}`, roles: ['staff'] })
      reporters.push(await loginHeaders(server.baseUrl, user))
    }
  })
  afterAll(() => server?.close())

  const ideaVisibleTo = async (id: number | string, headers: Record<string, string>) =>
    (await api(server.baseUrl, 'GET', `/ideas/${id}`, headers)).status === 200

  it('hides an idea at the third report from different people, pending review', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '宣伝目的の投稿' })
    for (const [i, headers] of reporters.slice(0, 2).entries()) {
      expect((await api(server.baseUrl, 'POST', '/idea-flags', headers, { idea: id, reason: 'spam' })).status).toBe(201)
      expect((await readIdea(server.payload, id)).openFlagsCount).toBe(i + 1)
    }
    expect((await readIdea(server.payload, id)).moderation).toBe('visible')
    // The same person reporting twice does not count twice.
    const twice = await api(server.baseUrl, 'POST', '/idea-flags', reporters[0], { idea: id, reason: 'inappropriate' })
    expect(twice.status).toBe(409)
    expect(twice.body.errors?.[0]?.message).toContain('既に通報')
    expect((await api(server.baseUrl, 'POST', '/idea-flags', reporters[2], { idea: id, reason: 'off-topic' })).status).toBe(201)
    expect((await readIdea(server.payload, id)).moderation).toBe('pending')
    expect(await ideaVisibleTo(id, cast.headers.otherStaff)).toBe(false)
    expect(await ideaVisibleTo(id, cast.headers.editor)).toBe(false)
    // The author still sees their own idea, admins see everything.
    expect(await ideaVisibleTo(id, cast.headers.staff)).toBe(true)
    expect(await ideaVisibleTo(id, cast.headers.admin)).toBe(true)
    // Hidden ideas take no votes.
    expect((await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea: id })).status).toBe(409)
  })

  it('reaches the threshold when reports arrive at the same instant', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '同時に通報される投稿' })
    const results = await Promise.all(reporters.map((h) => api(server.baseUrl, 'POST', '/idea-flags', h, { idea: id, reason: 'spam' })))
    // Reports that arrive after the idea is hidden find nothing to report (400 on idea).
    const accepted = results.filter((r) => r.status === 201).length
    expect(results.every((r) => r.status === 201 || r.status === 400)).toBe(true)
    expect(accepted).toBeGreaterThanOrEqual(3)
    const stored = await readIdea(server.payload, id)
    expect(stored.openFlagsCount).toBe(accepted)
    expect(stored.moderation).toBe('pending')
  })

  it('restores an item: reports become reviewed and counting starts again', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '誤って通報された提案' })
    for (const h of reporters.slice(0, 3)) await api(server.baseUrl, 'POST', '/idea-flags', h, { idea: id, reason: 'off-topic' })
    expect((await readIdea(server.payload, id)).moderation).toBe('pending')
    // Only admins moderate.
    const byEditor = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { moderation: 'visible' })
    expect(byEditor.status).toBeGreaterThanOrEqual(403)
    const restored = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.admin, { moderation: 'visible' })
    expect(restored.status).toBe(200)
    const stored = await readIdea(server.payload, id)
    expect(stored.moderation).toBe('visible')
    expect(stored.openFlagsCount).toBe(0)
    const flags = await server.payload.find({ collection: 'idea-flags', overrideAccess: true, where: { targetKey: { equals: `idea:${id}` } } })
    expect(flags.docs.map((f) => f.status)).toEqual(['reviewed', 'reviewed', 'reviewed'])
    expect(flags.docs.every((f) => String((f.reviewedBy as Doc)?.id ?? f.reviewedBy) === String(cast.users.admin.id))).toBe(true)
    expect(await ideaVisibleTo(id, cast.headers.otherStaff)).toBe(true)
    // Two new reports do not hide it again.
    for (const h of reporters.slice(3)) await api(server.baseUrl, 'POST', '/idea-flags', h, { idea: id, reason: 'spam' })
    expect((await readIdea(server.payload, id)).moderation).toBe('visible')
  })

  it('lets an admin hide an item outright and mark single reports reviewed', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '個人名を含む投稿' })
    const flag = await api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-flags', reporters[0], { idea: id, note: '個人名が書かれています', reason: 'inappropriate' })
    expect((await readIdea(server.payload, id)).openFlagsCount).toBe(1)
    const reviewed = await api(server.baseUrl, 'PATCH', `/idea-flags/${flag.body.doc.id}`, cast.headers.admin, { status: 'reviewed' })
    expect(reviewed.status).toBe(200)
    expect((await readIdea(server.payload, id)).openFlagsCount).toBe(0)
    // Reporters cannot settle their own reports.
    const second = await api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-flags', reporters[1], { idea: id, reason: 'inappropriate' })
    expect((await api(server.baseUrl, 'PATCH', `/idea-flags/${second.body.doc.id}`, reporters[1], { status: 'reviewed' })).status).toBe(403)
    const hidden = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.admin, { moderation: 'hidden' })
    expect(hidden.status).toBe(200)
    expect(await ideaVisibleTo(id, cast.headers.otherStaff)).toBe(false)
    const stored = await server.payload.findByID({ collection: 'idea-flags', id: second.body.doc.id, overrideAccess: true })
    expect(stored.status).toBe('reviewed')
  })

  it('hides a comment at the threshold and takes it out of the comment count', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: 'ペーパーレス会議' })
    const c = await api<{ doc: Doc }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.otherStaff, { body: '関係のない宣伝', idea: id, stance: 'neutral' })
    expect((await readIdea(server.payload, id)).commentsCount).toBe(1)
    for (const h of reporters.slice(0, 3)) {
      expect((await api(server.baseUrl, 'POST', '/idea-flags', h, { comment: c.body.doc.id, reason: 'spam' })).status).toBe(201)
    }
    const stored = await server.payload.findByID({ collection: 'idea-comments', id: c.body.doc.id, overrideAccess: true })
    expect(stored.moderation).toBe('pending')
    expect((await readIdea(server.payload, id)).commentsCount).toBe(0)
    expect((await api(server.baseUrl, 'GET', `/idea-comments/${c.body.doc.id}`, cast.headers.staff)).status).toBe(404)
    await api(server.baseUrl, 'PATCH', `/idea-comments/${c.body.doc.id}`, cast.headers.admin, { moderation: 'visible' })
    expect((await readIdea(server.payload, id)).commentsCount).toBe(1)
  })

  it('needs exactly one target the reporter can see', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const none = await api(server.baseUrl, 'POST', '/idea-flags', reporters[0], { reason: 'spam' })
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.body)).toContain('idea')
    const bad = await api(server.baseUrl, 'POST', '/idea-flags', reporters[0], { idea: id, reason: 'boring' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('reason')
  })
})
