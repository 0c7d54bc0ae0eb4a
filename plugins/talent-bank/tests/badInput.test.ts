import { api, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTalentBank } from './config'
import { makeActor, makeProfile, makeRequest, makeSkills, setupDepartments } from './fixtures'

describe('bad input to the talent bank', () => {
  let server: TestServer
  let cases: [name: string, method: string, path: string, body: unknown, headers: Record<string, string>, field: string][]
  let owner: Record<string, string>

  beforeAll(async () => {
    server = await startTalentBank()
    const p = server.payload
    const d = await setupDepartments(p)
    const s = await makeSkills(p)
    const editor = await loginHeaders(server.baseUrl, await makeActor(p, ['editor'], d.sangyo))
    const person = await makeActor(p, ['staff'], d.kodomo)
    owner = await loginHeaders(server.baseUrl, person)
    const profile = await makeProfile(p, person)
    const request = await makeRequest(p, d.sangyo, { requiredSkills: [{ minLevel: '2', skill: s.stats.id }] })
    const match = await p.create({ collection: 'help-matches', data: { helpRequest: request.id, profile: profile.id } as never })
    const newRequest = { description: '説明', hoursPerMonth: 3, periodFrom: '2026-01-01', periodUntil: '2026-02-01', title: '件名' }
    cases = [
      ['a profile id that is not an id', 'POST', '/help-matches', { helpRequest: request.id, profile: 'abc' }, editor, 'profile'],
      ['a request given as an object', 'POST', '/help-matches', { helpRequest: { x: 1 }, profile: profile.id }, editor, 'helpRequest'],
      ['a request that does not exist', 'POST', '/help-matches', { helpRequest: 99999, profile: profile.id }, editor, 'helpRequest'],
      ['an unknown match status', 'PATCH', `/help-matches/${match.id}`, { status: 'bogus' }, owner, 'status'],
      [
        'a skill that does not exist',
        'PATCH',
        `/staff-profiles/${profile.id}`,
        { skills: [{ level: '3', skill: 99999 }] },
        owner,
        'skills.0.skill',
      ],
      [
        'an interest that does not exist',
        'PATCH',
        `/staff-profiles/${profile.id}`,
        { interests: [s.python.id, 99999] },
        owner,
        'interests.1',
      ],
      [
        'a past department that does not exist',
        'PATCH',
        `/staff-profiles/${profile.id}`,
        { pastAssignments: [{ department: 99999, from: '2020-04-01' }] },
        owner,
        'pastAssignments.0.department',
      ],
      ['a date that is not a date', 'PATCH', `/staff-profiles/${profile.id}`, { availableFrom: 'not-a-date' }, owner, 'availableFrom'],
      ['an unknown visibility', 'PATCH', `/staff-profiles/${profile.id}`, { visibility: 'public' }, owner, 'visibility'],
      [
        'a required skill that does not exist',
        'POST',
        '/help-requests',
        { ...newRequest, requiredSkills: [{ minLevel: '2', skill: 99999 }] },
        editor,
        'requiredSkills.0.skill',
      ],
      [
        'hours that are not a number',
        'POST',
        '/help-requests',
        { ...newRequest, hoursPerMonth: 'many', requiredSkills: [{ minLevel: '2', skill: s.stats.id }] },
        editor,
        'hoursPerMonth',
      ],
      [
        'a weight out of range',
        'POST',
        '/help-requests',
        { ...newRequest, requiredSkills: [{ minLevel: '2', skill: s.stats.id, weight: 9 }] },
        editor,
        'requiredSkills.0.weight',
      ],
    ]
  }, 180_000)
  afterAll(() => server?.close())

  it('answers each with 400 naming the field, and writes nothing', async () => {
    const before = await Promise.all(
      ['staff-profiles', 'help-requests', 'help-matches'].map((c) =>
        server.payload.find({ collection: c as 'help-matches', depth: 0, pagination: false }),
      ),
    )
    for (const [name, method, path, body, headers, field] of cases) {
      const res = await api(server.baseUrl, path, { body, headers, method })
      expect([name, res.status]).toEqual([name, 400])
      const paths = res.json.errors[0].data.errors.map((e: { path: string }) => e.path)
      expect([name, paths]).toEqual([name, [field]])
    }
    const after = await Promise.all(
      ['staff-profiles', 'help-requests', 'help-matches'].map((c) =>
        server.payload.find({ collection: c as 'help-matches', depth: 0, pagination: false }),
      ),
    )
    expect(JSON.stringify(after.map((r) => r.docs))).toBe(JSON.stringify(before.map((r) => r.docs)))
  })

  it('keeps one profile per person under parallel requests', async () => {
    const person = await makeActor(server.payload, ['staff'], null)
    const headers = await loginHeaders(server.baseUrl, person)
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        api(server.baseUrl, '/staff-profiles', { body: { consentStatus: 'given' }, headers, method: 'POST' }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
    const stored = await server.payload.count({ collection: 'staff-profiles', where: { user: { equals: person.id } } })
    expect(stored.totalDocs).toBe(1)
  })

  it('answers malformed JSON with 400', async () => {
    const res = await fetch(`${server.baseUrl}/api/staff-profiles`, { body: '{{{', headers: owner, method: 'POST' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBeTruthy()
  })
})
