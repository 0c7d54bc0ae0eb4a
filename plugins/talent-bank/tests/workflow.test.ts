import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestServer, type TestServer } from '../../../tests/helpers/server'
import { loginHeaders } from '../../../tests/helpers/users'
import { type Actor, api, makeActor, makeProfile, makeRequest, makeSkills, setupDepartments } from './fixtures'

type Headers = Record<string, string>

describe('talent bank workflow over HTTP', () => {
  let server: TestServer
  let payload: Payload
  let depts: Awaited<ReturnType<typeof setupDepartments>>
  let skills: Awaited<ReturnType<typeof makeSkills>>
  let editor: Actor
  let h: Record<'admin' | 'editor' | 'otherEditor' | 'staff', Headers>

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    depts = await setupDepartments(payload)
    skills = await makeSkills(payload)
    editor = await makeActor(payload, ['editor'], depts.sangyo, '高橋 健太')
    const admin = await makeActor(payload, ['admin'], depts.somu)
    const otherEditor = await makeActor(payload, ['editor'], depts.kodomo)
    const staff = await makeActor(payload, ['staff'], depts.kodomo)
    h = {
      admin: await loginHeaders(server.baseUrl, admin),
      editor: await loginHeaders(server.baseUrl, editor),
      otherEditor: await loginHeaders(server.baseUrl, otherEditor),
      staff: await loginHeaders(server.baseUrl, staff),
    }
  }, 180_000)
  afterAll(() => server?.close())

  /** A member of staff of 子ども・子育て支援課 with a login and a profile. */
  const candidate = async (data: Record<string, unknown> = {}, name?: string) => {
    const person = await makeActor(payload, ['staff'], depts.kodomo, name)
    const profile = await makeProfile(payload, person, data)
    return { headers: await loginHeaders(server.baseUrl, person), person, profile }
  }

  const statsRequest = (data: Record<string, unknown> = {}) =>
    makeRequest(payload, depts.sangyo, {
      requiredSkills: [
        { minLevel: '3', skill: skills.stats.id, weight: 3 },
        { minLevel: '2', skill: skills.python.id, weight: 1 },
      ],
      ...data,
    })

  describe('profiles', () => {
    it('refuses a profile without consent, naming the field, and stores nothing', async () => {
      const person = await makeActor(payload, ['staff'], depts.kodomo)
      const headers = await loginHeaders(server.baseUrl, person)
      const res = await api(server.baseUrl, '/staff-profiles', { body: { visibility: 'all' }, headers, method: 'POST' })
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({
        message: '人材バンクへの登録には利用目的への同意が必要です',
        path: 'consentStatus',
      })
      expect((await payload.count({ collection: 'staff-profiles', where: { user: { equals: person.id } } })).totalDocs).toBe(0)
    })

    it('records consent from the server clock and ignores forged consent and approval fields', async () => {
      const person = await makeActor(payload, ['staff'], depts.kodomo)
      const headers = await loginHeaders(server.baseUrl, person)
      const before = Date.now()
      const res = await api(server.baseUrl, '/staff-profiles', {
        body: {
          consentStatus: 'given',
          consentVersion: '1999-01',
          consentedAt: '1999-01-01T00:00:00.000Z',
          currentDepartment: depts.jinji.id,
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
      expect(doc.currentDepartment.id ?? doc.currentDepartment).toBe(depts.kodomo.id)
      expect(doc.visibility).toBe('self')
      const again = await api(server.baseUrl, '/staff-profiles', { body: { consentStatus: 'given' }, headers, method: 'POST' })
      expect(again.status).toBe(400)
      expect(again.json.errors[0].data.errors[0].message).toBe('この職員のプロフィールは既に登録されています（1人1件）')
    })

    it('answers bad values with 400 naming the field', async () => {
      const { headers, profile } = await candidate()
      const badWindow = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { availableFrom: '2026-10-01', availableUntil: '2026-04-01' },
        headers,
        method: 'PATCH',
      })
      expect(badWindow.status).toBe(400)
      expect(badWindow.json.errors[0].data.errors[0]).toMatchObject({
        message: '応援可能期間の終了は開始以降にしてください',
        path: 'availableUntil',
      })
      const badLevel = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { skills: [{ level: '7', skill: skills.python.id }] },
        headers,
        method: 'PATCH',
      })
      expect(badLevel.status).toBe(400)
      expect(badLevel.json.errors[0].data.errors[0].path).toBe('skills.0.level')
      const stored = await payload.findByID({ collection: 'staff-profiles', id: profile.id, overrideAccess: true })
      expect(stored.skills).toEqual([])
      expect(stored.availableUntil).toBeNull()
    })

    it('lets only the supervisor approve, and sends the approval back to pending when availability changes', async () => {
      const { headers, profile } = await candidate()
      // The person cannot approve themselves (the field is not theirs to write).
      await api(server.baseUrl, `/staff-profiles/${profile.id}`, { body: { supervisorApproval: 'approved' }, headers, method: 'PATCH' })
      expect((await payload.findByID({ collection: 'staff-profiles', id: profile.id })).supervisorApproval).toBe('pending')
      // An editor of another department is not the supervisor.
      const wrong = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { supervisorApproval: 'approved' },
        headers: h.editor,
        method: 'PATCH',
      })
      expect([403, 404]).toContain(wrong.status)
      const approve = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
        body: { supervisorApproval: 'approved' },
        headers: h.otherEditor,
        method: 'PATCH',
      })
      expect(approve.status).toBe(200)
      expect(approve.json.doc.supervisorApproval).toBe('approved')
      expect(approve.json.doc.supervisorApprovedAt).toBeTruthy()
      const change = await api(server.baseUrl, `/staff-profiles/${profile.id}`, { body: { availability: 'monthly' }, headers, method: 'PATCH' })
      expect(change.json.doc).toMatchObject({ availability: 'monthly', supervisorApproval: 'pending', supervisorApprovedBy: null })
    })
  })

  describe('help requests', () => {
    it("files an editor's request under their own department whatever the body says", async () => {
      const res = await api(server.baseUrl, '/help-requests', {
        body: {
          department: depts.kodomo.id,
          description: '地域資源の調査票を集計します',
          hoursPerMonth: 10,
          periodFrom: '2026-10-01',
          periodUntil: '2027-03-31',
          requiredSkills: [{ minLevel: '3', skill: skills.stats.id, weight: 2 }],
          title: '調査票の集計',
        },
        headers: h.editor,
        method: 'POST',
      })
      expect(res.status).toBe(201)
      expect(res.json.doc.department.id).toBe(depts.sangyo.id)
      expect(res.json.doc.requestedBy.id).toBe(editor.id)
      expect(res.json.doc.status).toBe('open')
    })

    it('refuses a period that ends before it starts and a request without skills', async () => {
      const base = { description: '説明', hoursPerMonth: 5, title: '件名' }
      const period = await api(server.baseUrl, '/help-requests', {
        body: { ...base, periodFrom: '2026-10-01', periodUntil: '2026-09-01', requiredSkills: [{ minLevel: '2', skill: skills.python.id }] },
        headers: h.editor,
        method: 'POST',
      })
      expect(period.status).toBe(400)
      expect(period.json.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['periodUntil'])
      const empty = await api(server.baseUrl, '/help-requests', {
        body: { ...base, periodFrom: '2026-10-01', periodUntil: '2026-11-01', requiredSkills: [] },
        headers: h.editor,
        method: 'POST',
      })
      expect(empty.status).toBe(400)
      expect(empty.json.errors[0].data.errors[0].path).toBe('requiredSkills')
    })

    it('keeps a request with proposals from being deleted by its editors, admins delete it with them', async () => {
      const { profile } = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const request = await statsRequest()
      await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: profile.id }, headers: h.editor, method: 'POST' })
      const refused = await api(server.baseUrl, `/help-requests/${request.id}`, { headers: h.editor, method: 'DELETE' })
      expect(refused.status).toBe(400)
      expect(refused.json.errors[0].data.errors[0].message).toContain('状態を「終了」にしてください')
      const deleted = await api(server.baseUrl, `/help-requests/${request.id}`, { headers: h.admin, method: 'DELETE' })
      expect(deleted.status).toBe(200)
      expect((await payload.count({ collection: 'help-matches', where: { helpRequest: { equals: request.id } } })).totalDocs).toBe(0)
    })
  })

  describe('GET /api/help-requests/:id/matches', () => {
    it('ranks candidates with scores and the reasons, best first', async () => {
      const request = await statsRequest({ title: '統計とPython' })
      const best = await candidate(
        { interests: [skills.python.id], skills: [{ level: '5', skill: skills.stats.id }, { level: '3', skill: skills.python.id }], supervisorApproval: 'approved' },
        '最適 一郎',
      )
      const synonym = await candidate({ skills: [{ level: '4', skill: skills.analysis.id }], supervisorApproval: 'approved' }, '類義 二郎')
      const weak = await candidate({ skills: [{ level: '2', skill: skills.python.id }], supervisorApproval: 'approved' }, '部分 三郎')
      await candidate({ skills: [{ level: '5', skill: skills.english.id }] }, '無関係 四郎')
      await candidate({ availability: 'none', skills: [{ level: '5', skill: skills.stats.id }] }, '不可 五郎')
      const res = await api(server.baseUrl, `/help-requests/${request.id}/matches`, { headers: h.editor })
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
      const request = await statsRequest({ requiredSkills: [{ minLevel: '1', skill: skills.english.id, weight: 1 }] })
      const own = await makeActor(payload, ['staff'], depts.sangyo, '同課 花子')
      await makeProfile(payload, own, { skills: [{ level: '5', skill: skills.english.id }] })
      const hrOnly = await candidate({ skills: [{ level: '5', skill: skills.english.id }], visibility: 'hr' }, '人事限定 六子')
      const asEditor = await api(server.baseUrl, `/help-requests/${request.id}/matches`, { headers: h.editor })
      const editorNames = asEditor.json.docs.map((d: { profile: { displayName: string } }) => d.profile.displayName)
      expect(editorNames).not.toContain('同課 花子')
      expect(editorNames).not.toContain('人事限定 六子')
      const asAdmin = await api(server.baseUrl, `/help-requests/${request.id}/matches`, { headers: h.admin })
      expect(asAdmin.json.docs.map((d: { profile: { id: unknown } }) => d.profile.id)).toContain(hrOnly.profile.id)
    })

    it('answers 401, 403, 404 and 400 with a JSON message', async () => {
      const request = await statsRequest()
      const cases: [string, Headers, number][] = [
        [`/help-requests/${request.id}/matches`, {}, 401],
        [`/help-requests/${request.id}/matches`, h.staff, 403],
        [`/help-requests/${request.id}/matches`, h.otherEditor, 403],
        ['/help-requests/999999/matches', h.editor, 404],
        ['/help-requests/abc/matches', h.editor, 404],
        [`/help-requests/${request.id}/matches?limit=0`, h.editor, 400],
        [`/help-requests/${request.id}/matches?limit=abc`, h.editor, 400],
      ]
      for (const [path, headers, status] of cases) {
        const res = await api(server.baseUrl, path, { headers })
        expect([path, res.status]).toEqual([path, status])
        expect(res.json.errors[0].message).toBeTruthy()
      }
    })
  })

  describe('proposals and decisions', () => {
    it('proposes, lets the candidate accept, logs each decision and fills the request', async () => {
      const { headers, person, profile } = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const request = await statsRequest()
      const proposed = await api(server.baseUrl, '/help-matches', {
        body: { candidate: editor.id, helpRequest: request.id, message: '来月の集計をお願いできますか', profile: profile.id, status: 'accepted' },
        headers: h.editor,
        method: 'POST',
      })
      expect(proposed.status).toBe(201)
      const match = proposed.json.doc
      expect(match.status).toBe('proposed')
      expect(match.candidate.id).toBe(person.id)
      expect(match.department.id).toBe(depts.sangyo.id)
      expect(match.score).toBeGreaterThan(0)
      expect(match.log).toHaveLength(1)
      expect(match.log[0]).toMatchObject({ action: 'proposed', by: { id: editor.id }, note: '来月の集計をお願いできますか' })

      const duplicate = await api(server.baseUrl, '/help-matches', {
        body: { helpRequest: request.id, profile: profile.id },
        headers: h.editor,
        method: 'POST',
      })
      expect(duplicate.status).toBe(400)
      expect(duplicate.json.errors[0].data.errors[0].message).toBe('この職員にはこの依頼で既に打診しています')

      const byDepartment = await api(server.baseUrl, `/help-matches/${match.id}`, { body: { status: 'accepted' }, headers: h.editor, method: 'PATCH' })
      expect(byDepartment.status).toBe(403)
      expect(byDepartment.json.errors[0].message).toBe('「承諾」にできるのは候補者本人または管理者です')
      const forgedMessage = await api(server.baseUrl, `/help-matches/${match.id}`, { body: { message: '書き換え' }, headers, method: 'PATCH' })
      expect(forgedMessage.status).toBe(403)

      const accepted = await api(server.baseUrl, `/help-matches/${match.id}`, {
        body: { log: [], response: '喜んでお手伝いします', status: 'accepted' },
        headers,
        method: 'PATCH',
      })
      expect(accepted.status).toBe(200)
      expect(accepted.json.doc.log.map((e: { action: string }) => e.action)).toEqual(['proposed', 'accepted'])
      expect(accepted.json.doc.log[1]).toMatchObject({ by: { id: person.id }, note: '喜んでお手伝いします' })
      expect((await payload.findByID({ collection: 'help-requests', id: request.id })).status).toBe('matched')

      const back = await api(server.baseUrl, `/help-matches/${match.id}`, { body: { status: 'declined' }, headers, method: 'PATCH' })
      expect(back.status).toBe(400)
      expect(back.json.errors[0].data.errors[0]).toMatchObject({ message: '状態を「承諾」から「辞退」に変更することはできません', path: 'status' })
      const stored = await payload.findByID({ collection: 'help-matches', id: match.id })
      expect(stored.status).toBe('accepted')
      expect(stored.log).toHaveLength(2)
    })

    it('lets the department cancel and the candidate decline, each logged', async () => {
      const first = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const second = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const request = await statsRequest()
      const propose = async (profileId: number | string) =>
        (await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: profileId }, headers: h.editor, method: 'POST' })).json.doc.id
      const a = await propose(first.profile.id)
      const b = await propose(second.profile.id)
      const cancelByCandidate = await api(server.baseUrl, `/help-matches/${a}`, { body: { status: 'cancelled' }, headers: first.headers, method: 'PATCH' })
      expect(cancelByCandidate.status).toBe(403)
      const cancelled = await api(server.baseUrl, `/help-matches/${a}`, { body: { message: '別の方で決まりました', status: 'cancelled' }, headers: h.editor, method: 'PATCH' })
      expect(cancelled.json.doc.log.map((e: { action: string; note: string }) => [e.action, e.note])).toEqual([
        ['proposed', null],
        ['cancelled', '別の方で決まりました'],
      ])
      const declined = await api(server.baseUrl, `/help-matches/${b}`, { body: { response: '繁忙期のため', status: 'declined' }, headers: second.headers, method: 'PATCH' })
      expect(declined.status).toBe(200)
      expect(declined.json.doc.log.at(-1)).toMatchObject({ action: 'declined', note: '繁忙期のため' })
      // A fresh proposal after a decline is allowed: the earlier one is closed.
      expect((await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: second.profile.id }, headers: h.editor, method: 'POST' })).status).toBe(201)
    })

    it('cannot propose a profile the editor may not see, or for another department', async () => {
      const hidden = await candidate({ skills: [{ level: '4', skill: skills.stats.id }], visibility: 'hr' })
      const visible = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const request = await statsRequest()
      const notVisible = await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: hidden.profile.id }, headers: h.editor, method: 'POST' })
      expect(notVisible.status).toBe(400)
      expect(notVisible.json.errors[0].data.errors[0]).toMatchObject({ message: '指定されたプロフィールが見つかりません', path: 'profile' })
      const otherDept = await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: visible.profile.id }, headers: h.otherEditor, method: 'POST' })
      expect(otherDept.status).toBe(403)
      expect(otherDept.json.errors[0].message).toBe('打診できるのは依頼課の編集者または管理者です')
      const missing = await api(server.baseUrl, '/help-matches', { body: { profile: visible.profile.id }, headers: h.editor, method: 'POST' })
      expect(missing.status).toBe(400)
      expect((await payload.count({ collection: 'help-matches', where: { helpRequest: { equals: request.id } } })).totalDocs).toBe(0)
    })
  })

  describe('erasure', () => {
    it('lets the person delete their profile together with the proposals about them', async () => {
      const { headers, profile } = await candidate({ skills: [{ level: '4', skill: skills.stats.id }] })
      const request = await statsRequest()
      await api(server.baseUrl, '/help-matches', { body: { helpRequest: request.id, profile: profile.id }, headers: h.editor, method: 'POST' })
      const res = await api(server.baseUrl, `/staff-profiles/${profile.id}`, { headers, method: 'DELETE' })
      expect(res.status).toBe(200)
      expect((await payload.count({ collection: 'help-matches', where: { profile: { equals: profile.id } } })).totalDocs).toBe(0)
    })

    it('deletes the profile of a user an admin deletes', async () => {
      const { person, profile } = await candidate()
      const res = await api(server.baseUrl, `/users/${person.id}`, { headers: h.admin, method: 'DELETE' })
      expect(res.status).toBe(200)
      expect(await payload.findByID({ collection: 'staff-profiles', disableErrors: true, id: profile.id })).toBeNull()
    })

    it('refuses to delete a skill in use, saying where it is used', async () => {
      const res = await api(server.baseUrl, `/skills/${skills.stats.id}`, { headers: h.admin, method: 'DELETE' })
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0].message).toMatch(/^このスキルはプロフィール \d+ 件・依頼 \d+ 件で使われている/)
      expect(await payload.findByID({ collection: 'skills', id: skills.stats.id })).toBeTruthy()
    })
  })
})
