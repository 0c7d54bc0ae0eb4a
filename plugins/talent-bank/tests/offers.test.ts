import type { Where } from 'payload'

import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { useWorkflowServer } from './workflowSetup'

type Headers = Record<string, string>

describe('POST /api/help-requests/:id/offers', () => {
  const ctx = useWorkflowServer()
  const offer = (requestId: number | string, body: unknown, headers: Headers) =>
    api(ctx.server.baseUrl, `/help-requests/${requestId}/offers`, { body, headers, method: 'POST' })

  it('creates the offer through the collection: 201, logged, scored, the candidate sees it', async () => {
    const { headers, person, profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
    const request = await ctx.statsRequest()
    const res = await offer(request.id, { message: '来月お願いできますか', profile: profile.id }, ctx.h.editor)
    expect(res.status).toBe(201)
    expect(res.json).toMatchObject({ candidate: person.id, helpRequest: request.id, profile: profile.id, status: 'proposed' })
    expect(res.json.score).toBeGreaterThan(0)
    expect(res.json.log).toEqual([expect.objectContaining({ action: 'proposed', by: ctx.editor.id, note: '来月お願いできますか' })])
    expect(res.json).not.toHaveProperty('openOffer')
    const mine = await api(ctx.server.baseUrl, `/help-matches/${res.json.id}`, { headers })
    expect(mine.json.status).toBe('proposed')
  })

  it('stores exactly one of ten identical offers sent at once; the others are 409', async () => {
    const { profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
    const request = await ctx.statsRequest()
    const answers = await Promise.all(Array.from({ length: 10 }, () => offer(request.id, { profile: profile.id }, ctx.h.editor)))
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)])
    for (const a of answers.filter((r) => r.status === 409))
      expect(a.json.errors[0].message).toBe('この職員にはこの依頼で既に打診しています')
    const where: Where = { and: [{ helpRequest: { equals: request.id } }, { profile: { equals: profile.id } }] }
    expect((await ctx.payload.count({ collection: 'help-matches', where })).totalDocs).toBe(1)
  })

  it('answers the same race through POST /api/help-matches with 409', async () => {
    const { profile } = await ctx.candidate()
    const request = await ctx.statsRequest()
    const body = { helpRequest: request.id, profile: profile.id }
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => api(ctx.server.baseUrl, '/help-matches', { body, headers: ctx.h.editor, method: 'POST' })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409])
  })

  it('offers again once the earlier offer was declined', async () => {
    const { headers, profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
    const request = await ctx.statsRequest()
    const first = await offer(request.id, { profile: profile.id }, ctx.h.editor)
    await api(ctx.server.baseUrl, `/help-matches/${first.json.id}`, { body: { status: 'declined' }, headers, method: 'PATCH' })
    expect((await offer(request.id, { profile: profile.id }, ctx.h.editor)).status).toBe(201)
  })

  it('refuses with 400, 401, 403, 404 and 409 and a message, storing nothing', async () => {
    const visible = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
    const hidden = await ctx.candidate({ visibility: 'hr' })
    const request = await ctx.statsRequest()
    const matched = await ctx.statsRequest({ status: 'matched' })
    const p = visible.profile.id
    const cases: [number | string, unknown, Headers, number, string?][] = [
      [request.id, { profile: p }, {}, 401],
      [request.id, { profile: p }, ctx.h.staff, 403],
      [request.id, { profile: p }, ctx.h.otherEditor, 403, '打診できるのは依頼課の編集者または管理者です'],
      [request.id, {}, ctx.h.editor, 400, 'profile（候補者のプロフィールの ID）を指定してください'],
      [request.id, { profile: 'abc' }, ctx.h.editor, 400],
      [request.id, { profile: { id: p } }, ctx.h.editor, 400],
      ['999999', { profile: p }, ctx.h.editor, 404],
      ['abc', { profile: p }, ctx.h.editor, 404],
      [request.id, { profile: 999999 }, ctx.h.editor, 404],
      [request.id, { profile: hidden.profile.id }, ctx.h.editor, 404],
      [matched.id, { profile: p }, ctx.h.editor, 409, '打診できるのは「募集中」の依頼だけです'],
    ]
    for (const [id, body, headers, status, text] of cases) {
      const res = await offer(id, body, headers)
      expect([id, body, res.status]).toEqual([id, body, status])
      expect(res.json.errors[0].message).toEqual(text ?? expect.any(String))
    }
    expect(await offer(request.id, { profile: p }, ctx.h.editor)).toMatchObject({ status: 201 })
    const count = await ctx.payload.count({ collection: 'help-matches', where: { helpRequest: { in: [request.id, matched.id] } } })
    expect(count.totalDocs).toBe(1)
    const profileError = await offer(request.id, {}, ctx.h.editor)
    expect(profileError.json.errors[0].field).toBe('profile')
  })
})
