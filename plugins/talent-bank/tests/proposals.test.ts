import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { makeActor, makeProfile } from './fixtures'
import { useWorkflowServer } from './workflowSetup'

type Headers = Record<string, string>

describe('talent bank matching and proposals over HTTP', () => {
  const ctx = useWorkflowServer()

  describe('GET /api/help-requests/:id/matches', () => {
    it('ranks candidates with scores and the reasons, best first', async () => {
      const request = await ctx.statsRequest({ title: '統計とPython' })
      const best = await ctx.candidate(
        {
          interests: [ctx.skills.python.id],
          skills: [
            { level: '5', skill: ctx.skills.stats.id },
            { level: '3', skill: ctx.skills.python.id },
          ],
          supervisorApproval: 'approved',
        },
        '最適 一郎',
      )
      const synonym = await ctx.candidate(
        { skills: [{ level: '4', skill: ctx.skills.analysis.id }], supervisorApproval: 'approved' },
        '類義 二郎',
      )
      const weak = await ctx.candidate(
        { skills: [{ level: '2', skill: ctx.skills.python.id }], supervisorApproval: 'approved' },
        '部分 三郎',
      )
      await ctx.candidate({ skills: [{ level: '5', skill: ctx.skills.english.id }] }, '無関係 四郎')
      await ctx.candidate({ availability: 'none', skills: [{ level: '5', skill: ctx.skills.stats.id }] }, '不可 五郎')
      const res = await api(ctx.server.baseUrl, `/help-requests/${request.id}/matches`, { headers: ctx.h.editor })
      expect(res.status).toBe(200)
      const names = res.json.docs.map((d: { profile: { displayName: string } }) => d.profile.displayName)
      // Earlier tests left other candidates in the database: compare the order of this test's people.
      const mine = ['最適 一郎', '類義 二郎', '部分 三郎']
      expect(names[0]).toBe('最適 一郎')
      expect(names.filter((n: string) => mine.includes(n))).toEqual(mine)
      expect(names).not.toContain('無関係 四郎')
      expect(names).not.toContain('不可 五郎')
      const ours = (id: unknown) => res.json.docs.find((d: { profile: { id: unknown } }) => d.profile.id === id)
      const [first, second, third] = [ours(best.profile.id), ours(synonym.profile.id), ours(weak.profile.id)]
      expect(first.score).toBeGreaterThan(second.score)
      expect(second.score).toBeGreaterThan(third.score)
      expect(first.reasons.map((r: { code: string }) => r.code)).toEqual(['skill', 'skill', 'interest', 'availability'])
      expect(second.reasons[0]).toMatchObject({ code: 'synonym', message: 'データ分析 Lv4 を「統計解析」として評価（必要 Lv3）' })
      expect(third.reasons[0]).toMatchObject({ code: 'skill', level: 2, minLevel: 2 })
      // Related documents carry only what a candidate card needs.
      expect(Object.keys(first.profile.user).sort()).toEqual(['collection', 'id', 'name'])
    })

    it("leaves out the requesting department's own staff and profiles the requester may not see", async () => {
      const request = await ctx.statsRequest({ requiredSkills: [{ minLevel: '1', skill: ctx.skills.english.id, weight: 1 }] })
      const own = await makeActor(ctx.payload, ['staff'], ctx.depts.sangyo, '同課 花子')
      await makeProfile(ctx.payload, own, { skills: [{ level: '5', skill: ctx.skills.english.id }] })
      const hrOnly = await ctx.candidate({ skills: [{ level: '5', skill: ctx.skills.english.id }], visibility: 'hr' }, '人事限定 六子')
      const asEditor = await api(ctx.server.baseUrl, `/help-requests/${request.id}/matches`, { headers: ctx.h.editor })
      const editorNames = asEditor.json.docs.map((d: { profile: { displayName: string } }) => d.profile.displayName)
      expect(editorNames).not.toContain('同課 花子')
      expect(editorNames).not.toContain('人事限定 六子')
      const asAdmin = await api(ctx.server.baseUrl, `/help-requests/${request.id}/matches`, { headers: ctx.h.admin })
      expect(asAdmin.json.docs.map((d: { profile: { id: unknown } }) => d.profile.id)).toContain(hrOnly.profile.id)
    })

    it('answers 401, 403, 404 and 400 with a JSON message', async () => {
      const request = await ctx.statsRequest()
      const cases: [string, Headers, number][] = [
        [`/help-requests/${request.id}/matches`, {}, 401],
        [`/help-requests/${request.id}/matches`, ctx.h.staff, 403],
        [`/help-requests/${request.id}/matches`, ctx.h.otherEditor, 403],
        ['/help-requests/999999/matches', ctx.h.editor, 404],
        ['/help-requests/abc/matches', ctx.h.editor, 404],
        [`/help-requests/${request.id}/matches?limit=0`, ctx.h.editor, 400],
        [`/help-requests/${request.id}/matches?limit=abc`, ctx.h.editor, 400],
      ]
      for (const [path, headers, status] of cases) {
        const res = await api(ctx.server.baseUrl, path, { headers })
        expect([path, res.status]).toEqual([path, status])
        expect(res.json.errors[0].message).toBeTruthy()
      }
    })
  })

  describe('proposals and decisions', () => {
    it('proposes, lets the candidate accept, logs each decision and fills the request', async () => {
      const { headers, person, profile } = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const request = await ctx.statsRequest()
      const proposed = await api(ctx.server.baseUrl, '/help-matches', {
        body: {
          candidate: ctx.editor.id,
          helpRequest: request.id,
          message: '来月の集計をお願いできますか',
          profile: profile.id,
          status: 'accepted',
        },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(proposed.status).toBe(201)
      const match = proposed.json.doc
      expect(match.status).toBe('proposed')
      expect(match.candidate.id).toBe(person.id)
      expect(match.department.id).toBe(ctx.depts.sangyo.id)
      expect(match.score).toBeGreaterThan(0)
      expect(match.log).toHaveLength(1)
      expect(match.log[0]).toMatchObject({ action: 'proposed', by: { id: ctx.editor.id }, note: '来月の集計をお願いできますか' })

      const duplicate = await api(ctx.server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: profile.id },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(duplicate.status).toBe(409)
      expect(duplicate.json.errors[0].data.errors[0].message).toBe('この職員にはこの依頼で既に打診しています')

      const byDepartment = await api(ctx.server.baseUrl, `/help-matches/${match.id}`, {
        body: { status: 'accepted' },
        headers: ctx.h.editor,
        method: 'PATCH',
      })
      expect(byDepartment.status).toBe(403)
      expect(byDepartment.json.errors[0].message).toBe('「承諾」にできるのは候補者本人または管理者です')
      const forgedMessage = await api(ctx.server.baseUrl, `/help-matches/${match.id}`, {
        body: { message: '書き換え' },
        headers,
        method: 'PATCH',
      })
      expect(forgedMessage.status).toBe(403)

      const accepted = await api(ctx.server.baseUrl, `/help-matches/${match.id}`, {
        body: { log: [], response: '喜んでお手伝いします', status: 'accepted' },
        headers,
        method: 'PATCH',
      })
      expect(accepted.status).toBe(200)
      expect(accepted.json.doc.log.map((e: { action: string }) => e.action)).toEqual(['proposed', 'accepted'])
      expect(accepted.json.doc.log[1]).toMatchObject({ by: { id: person.id }, note: '喜んでお手伝いします' })
      expect((await ctx.payload.findByID({ collection: 'help-requests', id: request.id })).status).toBe('matched')

      const back = await api(ctx.server.baseUrl, `/help-matches/${match.id}`, { body: { status: 'declined' }, headers, method: 'PATCH' })
      expect(back.status).toBe(400)
      expect(back.json.errors[0].data.errors[0]).toMatchObject({
        message: '状態を「承諾」から「辞退」に変更することはできません',
        path: 'status',
      })
      const stored = await ctx.payload.findByID({ collection: 'help-matches', id: match.id })
      expect(stored.status).toBe('accepted')
      expect(stored.log).toHaveLength(2)
    })

    it('lets the department cancel and the candidate decline, each logged', async () => {
      const first = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const second = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const request = await ctx.statsRequest()
      const propose = async (profileId: number | string) =>
        (
          await api(ctx.server.baseUrl, '/help-matches', {
            body: { helpRequest: request.id, profile: profileId },
            headers: ctx.h.editor,
            method: 'POST',
          })
        ).json.doc.id
      const a = await propose(first.profile.id)
      const b = await propose(second.profile.id)
      const cancelByCandidate = await api(ctx.server.baseUrl, `/help-matches/${a}`, {
        body: { status: 'cancelled' },
        headers: first.headers,
        method: 'PATCH',
      })
      expect(cancelByCandidate.status).toBe(403)
      const cancelled = await api(ctx.server.baseUrl, `/help-matches/${a}`, {
        body: { message: '別の方で決まりました', status: 'cancelled' },
        headers: ctx.h.editor,
        method: 'PATCH',
      })
      expect(cancelled.json.doc.log.map((e: { action: string; note: string }) => [e.action, e.note])).toEqual([
        ['proposed', null],
        ['cancelled', '別の方で決まりました'],
      ])
      const declined = await api(ctx.server.baseUrl, `/help-matches/${b}`, {
        body: { response: '繁忙期のため', status: 'declined' },
        headers: second.headers,
        method: 'PATCH',
      })
      expect(declined.status).toBe(200)
      expect(declined.json.doc.log.at(-1)).toMatchObject({ action: 'declined', note: '繁忙期のため' })
      // A fresh proposal after a decline is allowed: the earlier one is closed.
      expect(
        (
          await api(ctx.server.baseUrl, '/help-matches', {
            body: { helpRequest: request.id, profile: second.profile.id },
            headers: ctx.h.editor,
            method: 'POST',
          })
        ).status,
      ).toBe(201)
    })

    it('cannot propose a profile the editor may not see, or for another department', async () => {
      const hidden = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }], visibility: 'hr' })
      const visible = await ctx.candidate({ skills: [{ level: '4', skill: ctx.skills.stats.id }] })
      const request = await ctx.statsRequest()
      const notVisible = await api(ctx.server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: hidden.profile.id },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(notVisible.status).toBe(400)
      expect(notVisible.json.errors[0].data.errors[0]).toMatchObject({ message: '指定されたプロフィールが見つかりません', path: 'profile' })
      const otherDept = await api(ctx.server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: visible.profile.id },
        headers: ctx.h.otherEditor,
        method: 'POST',
      })
      expect(otherDept.status).toBe(403)
      expect(otherDept.json.errors[0].message).toBe('打診できるのは依頼課の編集者または管理者です')
      const missing = await api(ctx.server.baseUrl, '/help-matches', {
        body: { profile: visible.profile.id },
        headers: ctx.h.editor,
        method: 'POST',
      })
      expect(missing.status).toBe(400)
      expect((await ctx.payload.count({ collection: 'help-matches', where: { helpRequest: { equals: request.id } } })).totalDocs).toBe(0)
    })
  })
})
