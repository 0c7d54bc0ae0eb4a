import type { Payload } from 'payload'

import { api, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTalentBank } from './config'
import { type Actor, makeActor, makeProfile, makeRequest, makeSkills, setupDepartments } from './fixtures'

type ActorName = 'admin' | 'anonymous' | 'editor' | 'hr' | 'otherEditor' | 'otherStaff' | 'staff'
type Op = 'create' | 'delete' | 'read' | 'update'
type Slug = 'help-matches' | 'help-requests' | 'skills' | 'staff-profiles'
/**
 * yes: allowed and stored. no: refused (401/403/404) and nothing changed.
 * approval: the request succeeds but only the supervisor-approval fields can change, so a
 * personal field sent is ignored while an approval decision is stored.
 */
type Answer = 'approval' | 'no' | 'yes'

/*
 * Who can do what. Actors: staff and editor of 地域産業振興課 (the requesting department), staff and
 * editor of 子ども・子育て支援課 (another department), a member of 人事課 (hr), an admin of 総務課.
 * Targets: a skill; the profile of a colleague in 地域産業振興課 shown to 全庁 (create = one's own
 * profile); a help request of 地域産業振興課; a proposal of that request to `staff` (the candidate).
 */
const MATRIX: Record<Slug, Record<ActorName, [read: Answer, create: Answer, update: Answer, del: Answer]>> = {
  'help-matches': {
    admin: ['yes', 'yes', 'yes', 'yes'],
    anonymous: ['no', 'no', 'no', 'no'],
    editor: ['yes', 'yes', 'no', 'no'],
    hr: ['no', 'no', 'no', 'no'],
    otherEditor: ['no', 'no', 'no', 'no'],
    otherStaff: ['no', 'no', 'no', 'no'],
    staff: ['yes', 'no', 'yes', 'no'],
  },
  'help-requests': {
    admin: ['yes', 'yes', 'yes', 'yes'],
    anonymous: ['no', 'no', 'no', 'no'],
    editor: ['yes', 'yes', 'yes', 'yes'],
    hr: ['yes', 'no', 'no', 'no'],
    otherEditor: ['yes', 'yes', 'no', 'no'],
    otherStaff: ['yes', 'no', 'no', 'no'],
    staff: ['yes', 'no', 'no', 'no'],
  },
  skills: {
    admin: ['yes', 'yes', 'yes', 'yes'],
    anonymous: ['no', 'no', 'no', 'no'],
    editor: ['yes', 'no', 'no', 'no'],
    hr: ['yes', 'yes', 'yes', 'no'],
    otherEditor: ['yes', 'no', 'no', 'no'],
    otherStaff: ['yes', 'no', 'no', 'no'],
    staff: ['yes', 'no', 'no', 'no'],
  },
  'staff-profiles': {
    admin: ['yes', 'yes', 'approval', 'yes'],
    anonymous: ['no', 'no', 'no', 'no'],
    editor: ['yes', 'yes', 'approval', 'no'],
    hr: ['yes', 'yes', 'no', 'no'],
    otherEditor: ['yes', 'yes', 'no', 'no'],
    otherStaff: ['yes', 'yes', 'no', 'no'],
    staff: ['yes', 'yes', 'no', 'no'],
  },
}

const OPS: Op[] = ['read', 'create', 'update', 'delete']
const ACTORS: ActorName[] = ['anonymous', 'staff', 'otherStaff', 'hr', 'editor', 'otherEditor', 'admin']
const REFUSED = [401, 403, 404]

describe('talent bank access matrix over HTTP', () => {
  let server: TestServer
  let payload: Payload
  let depts: Awaited<ReturnType<typeof setupDepartments>>
  let skills: Awaited<ReturnType<typeof makeSkills>>
  const actors = {} as Record<Exclude<ActorName, 'anonymous'>, Actor>
  const headers = {} as Record<ActorName, Record<string, string>>
  let helperProfileId: number | string

  beforeAll(async () => {
    server = await startTalentBank()
    payload = server.payload
    depts = await setupDepartments(payload)
    skills = await makeSkills(payload)
    actors.staff = await makeActor(payload, ['staff'], depts.sangyo, '佐々木 恵')
    actors.otherStaff = await makeActor(payload, ['staff'], depts.kodomo, '工藤 誠')
    actors.hr = await makeActor(payload, ['staff'], depts.jinji, '加藤 直子')
    actors.editor = await makeActor(payload, ['editor'], depts.sangyo, '高橋 健太')
    actors.otherEditor = await makeActor(payload, ['editor'], depts.kodomo, '菅原 亮')
    actors.admin = await makeActor(payload, ['admin'], depts.somu, '斎藤 修')
    headers.anonymous = { 'content-type': 'application/json' }
    for (const name of Object.keys(actors) as Exclude<ActorName, 'anonymous'>[]) {
      headers[name] = await loginHeaders(server.baseUrl, actors[name])
    }
    const helper = await makeActor(payload, ['staff'], depts.kodomo, '小野 さやか')
    helperProfileId = (await makeProfile(payload, helper, { skills: [{ level: '4', skill: skills.stats.id }] })).id
  }, 180_000)
  afterAll(() => server?.close())

  const newColleagueProfile = async () => {
    const colleague = await makeActor(payload, ['staff'], depts.sangyo)
    return makeProfile(payload, colleague, { summary: '元の経歴', visibility: 'all' })
  }

  const staffProfileId = async () => {
    const found = await payload.find({
      collection: 'staff-profiles',
      overrideAccess: true,
      where: { user: { equals: actors.staff.id } },
    })
    return found.docs[0]?.id ?? (await makeProfile(payload, actors.staff)).id
  }

  const newMatch = async () => {
    const request = await makeRequest(payload, depts.sangyo, {
      requiredSkills: [{ minLevel: '2', skill: skills.stats.id, weight: 1 }],
    })
    return payload.create({
      collection: 'help-matches',
      data: { helpRequest: request.id, profile: await staffProfileId() } as never,
      overrideAccess: true,
    })
  }

  /** For each collection: a target for an operation, the request, and how to read the effect back. */
  const cases: Record<
    Slug,
    {
      body: (actor: ActorName) => Promise<Record<string, unknown>>
      target: () => Promise<{ id: number | string }>
      updateBody: Record<string, unknown>
      updated: (doc: Record<string, any>) => boolean
    }
  > = {
    'help-matches': {
      body: async () => {
        const request = await makeRequest(payload, depts.sangyo, {
          requiredSkills: [{ minLevel: '3', skill: skills.stats.id, weight: 1 }],
        })
        return { helpRequest: request.id, message: '統計の応援をお願いできますか', profile: helperProfileId }
      },
      target: newMatch,
      updateBody: { response: '今回は辞退します', status: 'declined' },
      updated: (doc) => doc.status === 'declined',
    },
    'help-requests': {
      body: async () => ({
        department: depts.sangyo.id,
        description: '観光アンケートの集計',
        hoursPerMonth: 4,
        periodFrom: '2026-10-01',
        periodUntil: '2026-12-31',
        requiredSkills: [{ minLevel: '3', skill: skills.analysis.id, weight: 2 }],
        title: 'アンケート集計の応援',
      }),
      target: () => makeRequest(payload, depts.sangyo, { requiredSkills: [{ minLevel: '2', skill: skills.python.id }] }),
      updateBody: { title: '件名を変更' },
      updated: (doc) => doc.title === '件名を変更',
    },
    skills: {
      body: async (actor) => ({ category: 'it', name: `Excel VBA（${actor}）` }),
      target: () =>
        payload.create({
          collection: 'skills',
          data: { category: 'it', name: `GIS ${Math.random().toString(36).slice(2)}` },
          overrideAccess: true,
        }),
      updateBody: { description: '更新された説明' },
      updated: (doc) => doc.description === '更新された説明',
    },
    'staff-profiles': {
      body: async () => ({
        availability: 'monthly',
        consentStatus: 'given',
        // Someone else's id: a profile is always created for the signed-in person.
        skills: [{ level: '3', skill: skills.english.id }],
        user: actors.staff.id,
        visibility: 'hr',
      }),
      target: newColleagueProfile,
      updateBody: { summary: '書き換えた経歴' },
      updated: (doc) => doc.summary === '書き換えた経歴',
    },
  }

  const load = (slug: Slug, id: number | string) =>
    payload.findByID({ collection: slug, depth: 0, disableErrors: true, id, overrideAccess: true })

  const rows = (Object.keys(MATRIX) as Slug[]).flatMap((slug) =>
    ACTORS.flatMap((actor) => OPS.map((op, i) => [slug, actor, op, MATRIX[slug][actor][i]] as const)),
  )

  it.each(rows)('%s: %s %s → %s', async (slug, actor, op, answer) => {
    const h = headers[actor]
    const spec = cases[slug]
    if (op === 'read') {
      const target = slug === 'staff-profiles' ? await newColleagueProfile() : await spec.target()
      const res = await api(server.baseUrl, `/${slug}/${target.id}`, { headers: h })
      if (answer === 'yes') {
        expect(res.status).toBe(200)
        expect(res.json.id).toBe(target.id)
      } else {
        expect(REFUSED).toContain(res.status)
        expect(res.json.errors?.[0]?.message).toBeTruthy()
      }
      return
    }
    if (op === 'create') {
      if (slug === 'staff-profiles' && actor !== 'anonymous') {
        // One profile per person: start each actor without one.
        await payload.delete({
          collection: 'staff-profiles',
          overrideAccess: true,
          where: { user: { equals: actors[actor].id } },
        })
      }
      const before = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
      const res = await api(server.baseUrl, `/${slug}`, { body: await spec.body(actor), headers: h, method: 'POST' })
      const after = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
      if (answer === 'yes') {
        expect(res.status).toBe(201)
        expect(after).toBe(before + 1)
        if (slug === 'staff-profiles') {
          expect((await load(slug, res.json.doc.id))?.user).toBe(actors[actor as 'staff'].id)
        }
      } else {
        expect(REFUSED).toContain(res.status)
        expect(after).toBe(before)
      }
      return
    }
    const target = await spec.target()
    if (op === 'update') {
      const res = await api(server.baseUrl, `/${slug}/${target.id}`, { body: spec.updateBody, headers: h, method: 'PATCH' })
      const stored = (await load(slug, target.id)) as Record<string, any>
      if (answer === 'yes') {
        expect(res.status).toBe(200)
        expect(spec.updated(stored)).toBe(true)
      } else if (answer === 'approval') {
        expect(res.status).toBe(200)
        expect(spec.updated(stored)).toBe(false)
        const approve = await api(server.baseUrl, `/${slug}/${target.id}`, {
          body: { supervisorApproval: 'approved' },
          headers: h,
          method: 'PATCH',
        })
        expect(approve.status).toBe(200)
        const approved = (await load(slug, target.id)) as Record<string, any>
        expect(approved.supervisorApproval).toBe('approved')
        expect(approved.supervisorApprovedBy).toBe(actors[actor as 'admin'].id)
      } else {
        expect(REFUSED).toContain(res.status)
        expect(spec.updated(stored)).toBe(false)
      }
      return
    }
    const res = await api(server.baseUrl, `/${slug}/${target.id}`, { headers: h, method: 'DELETE' })
    const stored = await load(slug, target.id)
    if (answer === 'yes') {
      expect(res.status).toBe(200)
      expect(stored).toBeNull()
    } else {
      expect(REFUSED).toContain(res.status)
      expect(stored).not.toBeNull()
    }
  })
})
