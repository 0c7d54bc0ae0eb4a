import { api, createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTalentBank } from './config'

/** The talent bank on its own: a bare users collection, departments and nothing else of any app. */
describe('the talent bank in an app of its own', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTalentBank()
  })
  afterAll(() => server?.close())

  it('ranks a consented profile with the skill for a help request of another department, with the reasons', async () => {
    const { payload, baseUrl } = server
    const sangyo = await ensureDepartment(payload, 'sangyo', '地域産業振興課')
    const kodomo = await ensureDepartment(payload, 'kodomo', '子ども・子育て支援課')
    const admin = await loginHeaders(baseUrl, await createTestUser(payload, { department: sangyo.id, roles: ['admin'] }))
    const editor = await loginHeaders(baseUrl, await createTestUser(payload, { department: sangyo.id, roles: ['editor'] }))
    const person = await createTestUser(payload, { department: kodomo.id, name: '小松 拓也', roles: ['staff'] })
    const staff = await loginHeaders(baseUrl, person)

    const skill = await api(baseUrl, '/skills', {
      body: { aliases: ['統計検定'], category: 'data', name: '統計解析' },
      headers: admin,
      method: 'POST',
    })
    expect(skill.status).toBe(201)
    const profile = await api(baseUrl, '/staff-profiles', {
      body: { availability: 'weekly', consentStatus: 'given', skills: [{ level: '4', skill: skill.json.doc.id }], visibility: 'all' },
      headers: staff,
      method: 'POST',
    })
    expect(profile.status).toBe(201)
    expect(profile.json.doc).toMatchObject({ consentVersion: '2026-04', displayName: '小松 拓也' })
    const request = await api(baseUrl, '/help-requests', {
      body: {
        description: '県政世論調査の集計',
        hoursPerMonth: 8,
        periodFrom: '2026-10-01',
        periodUntil: '2027-03-31',
        requiredSkills: [{ minLevel: '3', skill: skill.json.doc.id, weight: 2 }],
        title: '世論調査の集計',
      },
      headers: editor,
      method: 'POST',
    })
    expect(request.status).toBe(201)

    const matches = await api(baseUrl, `/help-requests/${request.json.doc.id}/matches`, { headers: editor })
    expect(matches.status).toBe(200)
    expect(matches.json.docs.map((d: { profile: { id: unknown } }) => d.profile.id)).toEqual([profile.json.doc.id])
    const [candidate] = matches.json.docs
    expect(candidate.score).toBeGreaterThan(0)
    expect(candidate.reasons[0]).toMatchObject({ code: 'skill', message: '統計解析 Lv4（必要 Lv3）' })
    expect(candidate.reasons.map((r: { code: string }) => r.code)).toEqual(['skill', 'availability', 'approval'])
    expect(candidate.profile.user).toEqual({ collection: 'users', id: person.id, name: '小松 拓也' })

    // The candidate list is the requesting department's: colleagues elsewhere are refused.
    const refused = await api(baseUrl, `/help-requests/${request.json.doc.id}/matches`, { headers: staff })
    expect(refused.status).toBe(403)
    expect(refused.json).toEqual({ errors: [{ message: expect.any(String) }] })
  })
})
