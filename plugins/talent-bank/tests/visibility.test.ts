import type { Payload } from 'payload'

import { api, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTalentBank } from './config'
import { type Actor, makeActor, makeProfile, makeRequest, makeSkills, setupDepartments } from './fixtures'

type Viewer = 'admin' | 'anonymous' | 'editor' | 'hr' | 'owner' | 'staff'

/** Who sees a profile at each 公開範囲 (本人のみ / 人事 / 全庁) while consent is given. */
const SEES: Record<Viewer, [self: boolean, hr: boolean, all: boolean]> = {
  admin: [false, true, true],
  anonymous: [false, false, false],
  editor: [false, false, true],
  hr: [false, true, true],
  owner: [true, true, true],
  staff: [false, false, true],
}

describe('staff profile visibility and consent over HTTP', () => {
  let server: TestServer
  let payload: Payload
  let depts: Awaited<ReturnType<typeof setupDepartments>>
  let skills: Awaited<ReturnType<typeof makeSkills>>
  let owner: Actor
  const headers = {} as Record<Viewer, Record<string, string>>

  beforeAll(async () => {
    server = await startTalentBank()
    payload = server.payload
    depts = await setupDepartments(payload)
    skills = await makeSkills(payload)
    owner = await makeActor(payload, ['staff'], depts.kodomo, '村上 彩')
    const viewers: Record<Exclude<Viewer, 'anonymous'>, Actor> = {
      admin: await makeActor(payload, ['admin'], depts.somu),
      editor: await makeActor(payload, ['editor'], depts.sangyo),
      hr: await makeActor(payload, ['staff'], depts.jinji),
      owner,
      staff: await makeActor(payload, ['staff'], depts.sangyo),
    }
    headers.anonymous = {}
    for (const [name, actor] of Object.entries(viewers)) headers[name as Viewer] = await loginHeaders(server.baseUrl, actor)
  }, 180_000)
  afterAll(() => server?.close())

  const levels = ['self', 'hr', 'all'] as const
  const cases = (Object.keys(SEES) as Viewer[]).flatMap((viewer) => levels.map((level, i) => [viewer, level, SEES[viewer][i]] as const))

  describe.each(levels)('a profile shown to %s', (level) => {
    let profileId: number | string
    beforeAll(async () => {
      await payload.delete({ collection: 'staff-profiles', overrideAccess: true, where: { user: { equals: owner.id } } })
      profileId = (await makeProfile(payload, owner, { visibility: level })).id
    })

    it.each(cases.filter(([, l]) => l === level))('%s (%s) sees it: %s', async (viewer, _level, sees) => {
      const byId = await api(server.baseUrl, `/staff-profiles/${profileId}`, { headers: headers[viewer] })
      const list = await api(server.baseUrl, `/staff-profiles?where[user][equals]=${owner.id}`, {
        headers: headers[viewer],
      })
      if (sees) {
        expect(byId.status).toBe(200)
        expect(list.json.docs.map((d: { id: unknown }) => d.id)).toEqual([profileId])
      } else {
        expect([401, 403, 404]).toContain(byId.status)
        if (viewer === 'anonymous') expect([401, 403]).toContain(list.status)
        else expect(list.json.totalDocs).toBe(0)
      }
    })
  })

  it('cannot be widened by a query: filtering on 本人のみ still returns only what the viewer may see', async () => {
    const someone = await makeActor(payload, ['staff'], depts.sangyo)
    const hidden = await makeProfile(payload, someone, { visibility: 'self' })
    expect((await payload.count({ collection: 'staff-profiles', where: { visibility: { equals: 'self' } } })).totalDocs).toBeGreaterThan(0)
    const res = await api(server.baseUrl, '/staff-profiles?where[visibility][equals]=self', { headers: headers.hr })
    expect(res.status).toBe(200)
    expect(res.json.docs.map((d: { id: unknown }) => d.id)).not.toContain(hidden.id)
    expect(
      res.json.docs.every((d: { user: { id: unknown } | unknown }) => d.user === owner.id || (d.user as { id: unknown })?.id === owner.id),
    ).toBe(true)
  })

  it('hides the profile everywhere at once when consent is withdrawn, and shows it again on renewed consent', async () => {
    await payload.delete({ collection: 'staff-profiles', overrideAccess: true, where: { user: { equals: owner.id } } })
    const profile = await makeProfile(payload, owner, {
      availability: 'weekly',
      skills: [{ level: '4', skill: skills.stats.id }],
      supervisorApproval: 'approved',
      visibility: 'all',
    })
    const request = await makeRequest(payload, depts.sangyo, {
      requiredSkills: [{ minLevel: '3', skill: skills.stats.id, weight: 1 }],
    })
    const proposal = await api(server.baseUrl, '/help-matches', {
      body: { helpRequest: request.id, profile: profile.id },
      headers: headers.editor,
      method: 'POST',
    })
    expect(proposal.status).toBe(201)
    const matchId = proposal.json.doc.id
    const candidates = async () =>
      (await api(server.baseUrl, `/help-requests/${request.id}/matches`, { headers: headers.editor })).json.docs.map(
        (d: { profile: { id: unknown } }) => d.profile.id,
      )
    expect(await candidates()).toEqual([profile.id])

    const withdraw = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
      body: { consentStatus: 'withdrawn' },
      headers: headers.owner,
      method: 'PATCH',
    })
    expect(withdraw.status).toBe(200)
    expect(withdraw.json.doc.consentWithdrawnAt).toBeTruthy()

    for (const viewer of ['staff', 'hr', 'editor', 'admin'] as const) {
      expect((await api(server.baseUrl, `/staff-profiles/${profile.id}`, { headers: headers[viewer] })).status).toBe(404)
      const list = await api(server.baseUrl, '/staff-profiles', { headers: headers[viewer] })
      expect(list.json.docs.map((d: { id: unknown }) => d.id)).not.toContain(profile.id)
    }
    expect(await candidates()).toEqual([])
    for (const viewer of ['editor', 'admin'] as const) {
      expect((await api(server.baseUrl, `/help-matches/${matchId}`, { headers: headers[viewer] })).status).toBe(404)
    }
    // The person still sees their own profile and the proposal made to them.
    expect((await api(server.baseUrl, `/staff-profiles/${profile.id}`, { headers: headers.owner })).status).toBe(200)
    expect((await api(server.baseUrl, `/help-matches/${matchId}`, { headers: headers.owner })).status).toBe(200)

    const renew = await api(server.baseUrl, `/staff-profiles/${profile.id}`, {
      body: { consentStatus: 'given' },
      headers: headers.owner,
      method: 'PATCH',
    })
    expect(renew.json.doc).toMatchObject({ consentStatus: 'given', consentVersion: '2026-04', consentWithdrawnAt: null })
    expect((await api(server.baseUrl, `/staff-profiles/${profile.id}`, { headers: headers.staff })).status).toBe(200)
    expect(await candidates()).toEqual([profile.id])
  })
})
