import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestServer, type TestServer } from '../../../tests/helpers/server'
import { createTestUser, loginHeaders } from '../../../tests/helpers/users'
import { api, type Cast, createCast, postIdea, readIdea } from './fixtures'

describe('idea votes', () => {
  let server: TestServer
  let cast: Cast
  beforeAll(async () => {
    server = await startTestServer()
    cast = await createCast(server.payload, server.baseUrl)
  })
  afterAll(() => server?.close())

  it('keeps exactly one vote and a count of 1 when one person sends 50 votes at once', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const results = await Promise.all(
      Array.from({ length: 50 }, () => api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea })),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    // Refused by the friendly check or, for requests that raced past it, by the unique index:
    // the same 409 and message either way, never a 500.
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409)
      expect(r.body.errors?.[0]?.message).toBe('この提案には既に投票しています')
    }
    const votes = await server.payload.find({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea } } })
    expect(votes.totalDocs).toBe(1)
    expect((await readIdea(server.payload, idea)).votesCount).toBe(1)
  })

  it('has a unique (idea, voter) index in the database itself', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const row = { idea, voter: cast.users.editor.id }
    // Straight to the adapter, past every hook: only the index can refuse the second row.
    await server.payload.db.create({ collection: 'idea-votes', data: row })
    await expect(server.payload.db.create({ collection: 'idea-votes', data: row })).rejects.toThrow()
    const votes = await server.payload.count({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea } } })
    expect(votes.totalDocs).toBe(1)
  })

  it('counts parallel votes of different people exactly', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const voters = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createTestUser(server.payload, { department: cast.departments.kodomo, roles: ['staff'], name: `投票者${i}` })),
    )
    const headers = await Promise.all(voters.map((v) => loginHeaders(server.baseUrl, v)))
    const results = await Promise.all(headers.map((h) => api(server.baseUrl, 'POST', '/idea-votes', h, { idea })))
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
    expect((await readIdea(server.payload, idea)).votesCount).toBe(12)
  })

  it('sets the voter to the person signed in, whatever the request says', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const res = await api<{ doc: { voter: number | string } }>(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, {
      idea,
      voter: cast.users.admin.id,
    })
    expect(res.status).toBe(201)
    const stored = await server.payload.findByID({ collection: 'idea-votes', depth: 0, id: (res.body.doc as any).id, overrideAccess: true })
    expect(String(stored.voter)).toBe(String(cast.users.otherStaff.id))
  })

  it('lets a voter withdraw and vote again, and moves the count each time', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const vote = await api<{ doc: { id: number } }>(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea })
    expect((await readIdea(server.payload, idea)).votesCount).toBe(1)
    const again = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea })
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0]?.message).toContain('既に投票')
    // Someone else cannot withdraw it.
    const foreign = await api(server.baseUrl, 'DELETE', `/idea-votes/${vote.body.doc.id}`, cast.headers.otherStaff)
    expect([403, 404]).toContain(foreign.status)
    const withdrawn = await api(server.baseUrl, 'DELETE', `/idea-votes/${vote.body.doc.id}`, cast.headers.staff)
    expect(withdrawn.status).toBe(200)
    expect((await readIdea(server.payload, idea)).votesCount).toBe(0)
    const revote = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea })
    expect(revote.status).toBe(201)
    expect((await readIdea(server.payload, idea)).votesCount).toBe(1)
  })

  it('refuses votes, and withdrawals, once the department has decided', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const vote = await api<{ doc: { id: number } }>(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea })
    expect(vote.status).toBe(201)
    const decided = await api(server.baseUrl, 'PATCH', `/ideas/${idea}`, cast.headers.editor, { state: 'rejected' })
    expect(decided.status).toBe(200)
    const late = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea })
    expect(late.status).toBe(409)
    expect(late.body.errors?.[0]?.message).toContain('不採用')
    const withdraw = await api(server.baseUrl, 'DELETE', `/idea-votes/${vote.body.doc.id}`, cast.headers.otherStaff)
    expect(withdraw.status).toBe(409)
    expect((await readIdea(server.payload, idea)).votesCount).toBe(1)
  })

  it('answers a vote without an idea or on a missing idea with 400 naming the field', async () => {
    const missing = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, {})
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('idea')
    const unknown = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea: 999999 })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('idea')
  })

  it('never takes votesCount from input', async () => {
    const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { votesCount: 500, commentsCount: 9 })
    const stored = await readIdea(server.payload, idea)
    expect(stored.votesCount).toBe(0)
    expect(stored.commentsCount).toBe(0)
    const patched = await api(server.baseUrl, 'PATCH', `/ideas/${idea}`, cast.headers.admin, { votesCount: 77 })
    expect(patched.status).toBe(200)
    expect((await readIdea(server.payload, idea)).votesCount).toBe(0)
  })
})
