import { api, createTestUser, loginHeaders } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

describe('idea votes', () => {
  const box = useIdeaBox()

  it('keeps exactly one vote and a count of 1 when one person sends 50 votes at once', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.otherStaff, method: 'POST' }),
      ),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    // Refused by the friendly check or, for requests that raced past it, by the unique index:
    // the same 409 and message either way, never a 500.
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409)
      expect(r.json.errors?.[0]?.message).toBe('この提案には既に投票しています')
    }
    const votes = await box.server.payload.find({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea } } })
    expect(votes.totalDocs).toBe(1)
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(1)
  })

  it('has a unique (idea, voter) index in the database itself', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const row = { idea, voter: box.cast.users.editor.id }
    // Straight to the adapter, past every hook: only the index can refuse the second row.
    await box.server.payload.db.create({ collection: 'idea-votes', data: row })
    await expect(box.server.payload.db.create({ collection: 'idea-votes', data: row })).rejects.toThrow()
    const votes = await box.server.payload.count({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea } } })
    expect(votes.totalDocs).toBe(1)
  })

  it('counts parallel votes of different people exactly', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const voters = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createTestUser(box.server.payload, { department: box.cast.departments.kodomo, roles: ['staff'], name: `投票者${i}` }),
      ),
    )
    const headers = await Promise.all(voters.map((v) => loginHeaders(box.server.baseUrl, v)))
    const results = await Promise.all(
      headers.map((h) => api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: h, method: 'POST' })),
    )
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(12)
  })

  it('sets the voter to the person signed in, whatever the request says', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const res = await api(box.server.baseUrl, '/idea-votes', {
      body: {
        idea,
        voter: box.cast.users.admin.id,
      },
      headers: box.cast.headers.otherStaff,
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const stored = await box.server.payload.findByID({
      collection: 'idea-votes',
      depth: 0,
      id: (res.json.doc as any).id,
      overrideAccess: true,
    })
    expect(String(stored.voter)).toBe(String(box.cast.users.otherStaff.id))
  })

  it('lets a voter withdraw and vote again, and moves the count each time', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const vote = await api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.staff, method: 'POST' })
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(1)
    const again = await api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.staff, method: 'POST' })
    expect(again.status).toBe(409)
    expect(again.json.errors?.[0]?.message).toContain('既に投票')
    // Someone else cannot withdraw it.
    const foreign = await api(box.server.baseUrl, `/idea-votes/${vote.json.doc.id}`, {
      headers: box.cast.headers.otherStaff,
      method: 'DELETE',
    })
    expect([403, 404]).toContain(foreign.status)
    const withdrawn = await api(box.server.baseUrl, `/idea-votes/${vote.json.doc.id}`, {
      headers: box.cast.headers.staff,
      method: 'DELETE',
    })
    expect(withdrawn.status).toBe(200)
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(0)
    const revote = await api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.staff, method: 'POST' })
    expect(revote.status).toBe(201)
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(1)
  })

  it('refuses votes, and withdrawals, once the department has decided', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const vote = await api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.otherStaff, method: 'POST' })
    expect(vote.status).toBe(201)
    const decided = await api(box.server.baseUrl, `/ideas/${idea}`, {
      body: { state: 'rejected' },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(decided.status).toBe(200)
    const late = await api(box.server.baseUrl, '/idea-votes', { body: { idea }, headers: box.cast.headers.staff, method: 'POST' })
    expect(late.status).toBe(409)
    expect(late.json.errors?.[0]?.message).toContain('不採用')
    const withdraw = await api(box.server.baseUrl, `/idea-votes/${vote.json.doc.id}`, {
      headers: box.cast.headers.otherStaff,
      method: 'DELETE',
    })
    expect(withdraw.status).toBe(409)
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(1)
  })

  it('answers a vote without an idea or on a missing idea with 400 naming the field', async () => {
    const missing = await api(box.server.baseUrl, '/idea-votes', { body: {}, headers: box.cast.headers.staff, method: 'POST' })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('idea')
    const unknown = await api(box.server.baseUrl, '/idea-votes', {
      body: { idea: 999999 },
      headers: box.cast.headers.staff,
      method: 'POST',
    })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.json)).toContain('idea')
  })

  it('never takes votesCount from input', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, {
      votesCount: 500,
      commentsCount: 9,
    })
    const stored = await readIdea(box.server.payload, idea)
    expect(stored.votesCount).toBe(0)
    expect(stored.commentsCount).toBe(0)
    const patched = await api(box.server.baseUrl, `/ideas/${idea}`, {
      body: { votesCount: 77 },
      headers: box.cast.headers.admin,
      method: 'PATCH',
    })
    expect(patched.status).toBe(200)
    expect((await readIdea(box.server.payload, idea)).votesCount).toBe(0)
  })
})
