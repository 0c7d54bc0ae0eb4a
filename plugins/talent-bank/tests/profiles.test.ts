import { api, loginHeaders } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { makeActor } from './fixtures'
import { useWorkflowServer } from './workflowSetup'

describe('talent bank profiles, requests and erasure over HTTP', () => {
  const ctx = useWorkflowServer()

  describe('profiles', () => {
    it('refuses a profile without consent, naming the field, and stores nothing', async () => {
      const person = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo)
      const headers = await loginHeaders(ctx.server.baseUrl, person)
      const res = await api(ctx.server.baseUrl, '/staff-profiles', { body: { visibility: 'all' }, headers, method: 'POST' })
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({
        message: '人材バンクへの登録には利用目的への同意が必要です',
        path: 'consentStatus',
      })
      expect((await ctx.payload.count({ collection: 'staff-profiles', where: { user: { equals: person.id } } })).totalDocs).toBe(0)
    })

    it('records consent from the server clock and ignores forged consent and approval fields', async () => {
      const person = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo)
      const headers = await loginHeaders(ctx.server.baseUrl, person)
      const before = Date.now()
      const res = await api(ctx.server.baseUrl, '/staff-profiles', {
        body: {
          consentStatus: 'given',
          consentVersion: '1999-01',
          consentedAt: '1999-01-01T00:00:00.000Z',
          currentDepartment: ctx.depts.jinji.id,
          supervisorApproval: 'approved',
        },
        headers,
        method: 'POST',
      })
      expect(res.status).toBe(201)
      const doc = res.json.doc
      expect(doc.consentVersion).toBe('2026-04')
      expect(Date.parse(doc.consentedAt)).toBeGreaterThanOrEqual(before - 1000)
      expect(doc.supervisorApproval).toBe('pending')
      expect(doc.currentDepartment.id ?? doc.currentDepartment).toBe(ctx.depts.kodomo.id)
      expect(doc.visibility).toBe('self')
      const again = await api(ctx.server.baseUrl, '/staff-profiles', { body: { consentStatus: 'given' }, headers, method: 'POST' })
      expect(again.status).toBe(400)
      expect(again.json.errors[0].data.errors[0].message).toBe('この職員のプロフィールは既に登録されています（1人1件）')
    })

    it('answers bad values with 400 naming the field', async () => {
      const { headers, profile } = await ctx.candidate()
      const badWindow = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { availableFrom: '2026-10-01', availableUntil: '2026-04-01' },
        headers,
        method: 'PATCH',
      })
      expect(badWindow.status).toBe(400)
      expect(badWindow.json.errors[0].data.errors[0]).toMatchObject({
        message: '応援可能期間の終了は開始以降にしてください',
        path: 'availableUntil',
      })
      const badLevel = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { skills: [{ level: '7', skill: ctx.skills.python.id }] },
        headers,
        method: 'PATCH',
      })
      expect(badLevel.status).toBe(400)
      expect(badLevel.json.errors[0].data.errors[0].path).toBe('skills.0.level')
      const stored = await ctx.payload.findByID({ collection: 'staff-profiles', id: profile.id, overrideAccess: true })
      expect(stored.skills).toEqual([])
      expect(stored.availableUntil).toBeNull()
    })

    it('lets only the supervisor approve, and sends the approval back to pending when availability changes', async () => {
      const { headers, profile } = await ctx.candidate()
      // The person cannot approve themselves (the field is not theirs to write).
      await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, { body: { supervisorApproval: 'approved' }, headers, method: 'PATCH' })
      expect((await ctx.payload.findByID({ collection: 'staff-profiles', id: profile.id })).supervisorApproval).toBe('pending')
      // An editor of another department is not the supervisor.
      const wrong = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { supervisorApproval: 'approved' },
        headers: ctx.h.editor,
        method: 'PATCH',
      })
      expect([403, 404]).toContain(wrong.status)
      const approve = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { supervisorApproval: 'approved' },
        headers: ctx.h.otherEditor,
        method: 'PATCH',
      })
      expect(approve.status).toBe(200)
      expect(approve.json.doc.supervisorApproval).toBe('approved')
      expect(approve.json.doc.supervisorApprovedAt).toBeTruthy()
      const change = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { availability: 'monthly' },
        headers,
        method: 'PATCH',
      })
      expect(change.json.doc).toMatchObject({ availability: 'monthly', supervisorApproval: 'pending', supervisorApprovedBy: null })
    })
  })

  describe('help requests', () => {
    it("files an editor's request under their own department whatever the body says", async () => {
      const res = await api(ctx.server.baseUrl, '/help-requests', {
        body: {
          department: ctx.depts.kodomo.id,
          description: '地域資源の調査票を集計します',
          hoursPerMonth: 10,
          periodFrom: '2026-10-01',
          periodUntil: '2027-03-31',
          requiredSkills: [{ minLevel: '3', skill: ctx.skills.stats.id, weight: 2 }],
          title: '調査票の集計',
        },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(res.status).toBe(201)
      expect(res.json.doc.department.id).toBe(ctx.depts.sangyo.id)
      expect(res.json.doc.requestedBy.id).toBe(ctx.editor.id)
      expect(res.json.doc.status).toBe('open')
    })

    it('refuses a period that ends before it starts and a request without skills', async () => {
      const base = { description: '説明', hoursPerMonth: 5, title: '件名' }
      const period = await api(ctx.server.baseUrl, '/help-requests', {
        body: {
          ...base,
          periodFrom: '2026-10-01',
          periodUntil: '2026-09-01',
          requiredSkills: [{ minLevel: '2', skill: ctx.skills.python.id }],
        },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(period.status).toBe(400)
      expect(period.json.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['periodUntil'])
      const empty = await api(ctx.server.baseUrl, '/help-requests', {
        body: { ...base, periodFrom: '2026-10-01', periodUntil: '2026-11-01', requiredSkills: [] },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(empty.status).toBe(400)
      expect(empty.json.errors[0].data.errors[0].path).toBe('requiredSkills')
    })

    it('keeps a request with proposals from being deleted by its editors, admins delete it with them', async () => {
      const { profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const request = await ctx.statsRequest()
      await api(ctx.server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: profile.id },
        headers: ctx.h.editor,
        method: 'POST',
      })
      const refused = await api(ctx.server.baseUrl, `/help-requests/${request.id}`, { headers: ctx.h.editor, method: 'DELETE' })
      expect(refused.status).toBe(400)
      expect(refused.json.errors[0].data.errors[0].message).toContain('状態を「終了」にしてください')
      const deleted = await api(ctx.server.baseUrl, `/help-requests/${request.id}`, { headers: ctx.h.admin, method: 'DELETE' })
      expect(deleted.status).toBe(200)
      expect((await ctx.payload.count({ collection: 'help-matches', where: { helpRequest: { equals: request.id } } })).totalDocs).toBe(0)
    })
  })

  describe('erasure', () => {
    it('lets the person delete their profile together with the proposals about them', async () => {
      const { headers, profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const request = await ctx.statsRequest()
      await api(ctx.server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: profile.id },
        headers: ctx.h.editor,
        method: 'POST',
      })
      const res = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, { headers, method: 'DELETE' })
      expect(res.status).toBe(200)
      expect((await ctx.payload.count({ collection: 'help-matches', where: { profile: { equals: profile.id } } })).totalDocs).toBe(0)
    })

    it('deletes the profile of a user an admin deletes', async () => {
      const { person, profile } = await ctx.candidate()
      const res = await api(ctx.server.baseUrl, `/users/${person.id}`, { headers: ctx.h.admin, method: 'DELETE' })
      expect(res.status).toBe(200)
      expect(await ctx.payload.findByID({ collection: 'staff-profiles', disableErrors: true, id: profile.id })).toBeNull()
    })

    it('refuses to delete a skill in use, saying where it is used', async () => {
      const res = await api(ctx.server.baseUrl, `/skills/${ctx.skills.stats.id}`, { headers: ctx.h.admin, method: 'DELETE' })
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0].message).toMatch(/^このスキルはプロフィール \d+ 件・依頼 \d+ 件で使われている/)
      expect(await ctx.payload.findByID({ collection: 'skills', id: ctx.skills.stats.id })).toBeTruthy()
    })
  })
})
