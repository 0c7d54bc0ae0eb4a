import type { Payload, Where } from 'payload'

import type { SeedStep } from './types'

import { TALENT_REQUESTS } from './data/talentRequests'
import { TALENT_SKILLS } from './data/talentSkills'
import { type SeedStaff, TALENT_STAFF } from './data/talentStaff'
import { DEMO_PASSWORD, DEMO_USERS } from './organisation'
import { createIfMissing, idBy } from './upsert'

export const TALENT_EMAIL_DOMAIN = 'akita-dx.example'
export const talentEmail = (staff: Pick<SeedStaff, 'email'>) => `${staff.email}@${TALENT_EMAIL_DOMAIN}`

type ID = number | string

const USER_BATCH = 4

const days = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString()

const lookups = async (payload: Payload) => {
  const departments = await payload.find({ collection: 'departments', depth: 0, overrideAccess: true, pagination: false })
  const deptIds = new Map(departments.docs.map((d) => [String(d.code), d.id]))
  const skills = await payload.find({ collection: 'skills', depth: 0, overrideAccess: true, pagination: false })
  const skillIds = new Map(skills.docs.map((s) => [String(s.name), s.id]))
  const dept = (code: string): ID => {
    const id = deptIds.get(code)
    if (id === undefined) throw new Error(`seed: department ${code} is missing; run the organisation step first`)
    return id
  }
  const skill = (name: string): ID => {
    const id = skillIds.get(name)
    if (id === undefined) throw new Error(`seed: skill 「${name}」 is not in seed/data/talentSkills.ts`)
    return id
  }
  return { dept, deptIds, skill }
}

const profileData = (staff: SeedStaff, userId: ID, l: Awaited<ReturnType<typeof lookups>>) => ({
  availability: staff.availability,
  availabilityShare: staff.share ?? null,
  availableFrom: staff.availableFrom ?? null,
  availableUntil: staff.availableUntil ?? null,
  consentStatus: 'given',
  consentVersion: '2026-04',
  consentedAt: new Date(staff.consentedAt).toISOString(),
  interests: (staff.interests ?? []).map(l.skill),
  pastAssignments: staff.history.map(([where, from, to, role]) => ({
    department: l.deptIds.get(where) ?? null,
    from,
    organisation: l.deptIds.has(where) ? null : where,
    role,
    to,
  })),
  qualifications: (staff.qualifications ?? []).map(([name, obtained, expires]) => ({ expires: expires ?? null, name, obtained })),
  skills: staff.skills.map(([name, level, years, lastUsed]) => ({
    lastUsed: lastUsed ?? null,
    level: String(level),
    skill: l.skill(name),
    years: years ?? null,
  })),
  summary: staff.summary,
  supervisorApproval: staff.approval,
  supervisorApprovedAt: staff.approval === 'pending' ? null : days(staff.consentedAt, 7),
  user: userId,
  visibility: staff.visibility,
})

/**
 * Demo proposals: one waiting for an answer, one accepted, so the admin shows both states, and the
 * help one colleague gave last summer, which their profile's 実績 lists.
 */
const seedProposals = async (payload: Payload, requestIds: Map<string, ID>, profileOf: Map<string, ID>) => {
  const proposals = [
    {
      candidate: 'aoi.fujita',
      editor: DEMO_USERS[0].email,
      message: '月2本の動画制作をお願いできませんか。',
      request: 'LINE配信用バナーと告知動画の制作',
    },
    {
      candidate: 'kenichi.miura',
      editor: DEMO_USERS[1].email,
      message: '審査の一次評価をぜひお願いしたいです。',
      request: '創業支援補助金の事業計画審査補助',
      response: '承知しました。1月から対応できます。',
    },
    {
      candidate: 'tsubasa.onodera',
      editor: DEMO_USERS[0].email,
      message: '移住フェアの動画のノウハウを、夏のキャンペーンでも生かしてもらえませんか。',
      request: '夏の観光キャンペーン動画の制作',
      response: '承知しました。撮影は週末も対応できます。',
    },
  ]
  let created = 0
  for (const p of proposals) {
    const helpRequest = requestIds.get(p.request)
    const profile = profileOf.get(p.candidate)
    if (helpRequest === undefined || profile === undefined) continue
    const existing = await payload.count({
      collection: 'help-matches',
      overrideAccess: true,
      where: { and: [{ helpRequest: { equals: helpRequest } }, { profile: { equals: profile } }] },
    })
    if (existing.totalDocs > 0) continue
    const editor = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true, where: { email: { equals: p.editor } } }))
      .docs[0]
    const candidate = (
      await payload.find({
        collection: 'users',
        limit: 1,
        overrideAccess: true,
        where: { email: { equals: `${p.candidate}@${TALENT_EMAIL_DOMAIN}` } },
      })
    ).docs[0]
    if (!editor || !candidate) continue
    // As the people themselves, so the decision log names them.
    const match = await payload.create({
      collection: 'help-matches',
      data: { helpRequest, message: p.message, profile } as never,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    if (p.response) {
      await payload.update({
        collection: 'help-matches',
        data: { response: p.response, status: 'accepted' } as never,
        id: match.id,
        overrideAccess: false,
        user: { ...candidate, collection: 'users' },
      })
    }
    created += 1
  }
  return created
}

export const talentSeed: SeedStep = {
  name: 'talent',
  run: async ({ log, payload }) => {
    let created = 0
    for (const skill of TALENT_SKILLS) {
      const result = await createIfMissing(payload, 'skills', { name: { equals: skill.name } }, { ...skill } as never)
      if (result.created) created += 1
    }
    const l = await lookups(payload)
    // Password hashing dominates the seed's time; it runs off the main thread, so a few at once.
    const userIds = new Map<string, ID>()
    for (let i = 0; i < TALENT_STAFF.length; i += USER_BATCH) {
      const batch = TALENT_STAFF.slice(i, i + USER_BATCH)
      const results = await Promise.all(
        batch.map((staff) =>
          createIfMissing(payload, 'users', { email: { equals: talentEmail(staff) } }, {
            department: l.dept(staff.department),
            email: talentEmail(staff),
            name: staff.name,
            password: DEMO_PASSWORD,
            roles: ['staff'],
          } as never),
        ),
      )
      results.forEach((user, j) => {
        userIds.set(batch[j].email, user.id)
        if (user.created) created += 1
      })
    }
    const profileOf = new Map<string, ID>()
    for (const staff of TALENT_STAFF) {
      const userId = userIds.get(staff.email) as ID
      const profile = await createIfMissing(payload, 'staff-profiles', { user: { equals: userId } }, profileData(staff, userId, l) as never)
      profileOf.set(staff.email, profile.id)
      if (!profile.created) continue
      created += 1
      if (staff.consent === 'withdrawn') {
        await payload.update({
          collection: 'staff-profiles',
          data: { consentStatus: 'withdrawn' } as never,
          id: profile.id,
          overrideAccess: true,
        })
      }
    }
    const requestIds = new Map<string, ID>()
    for (const request of TALENT_REQUESTS) {
      const department = l.dept(request.department)
      const editor = DEMO_USERS.find((u) => u.department === request.department && u.roles.includes('editor' as never))
      const requestedBy = editor ? await idBy(payload, 'users', 'email', editor.email) : null
      const result = await createIfMissing(
        payload,
        'help-requests',
        { and: [{ title: { equals: request.title } }, { department: { equals: department } }] },
        {
          department,
          description: request.description,
          hoursPerMonth: request.hoursPerMonth,
          periodFrom: request.periodFrom,
          periodUntil: request.periodUntil,
          requestedBy,
          requiredSkills: request.requiredSkills.map(([name, minLevel, weight]) => ({
            minLevel: String(minLevel),
            skill: l.skill(name),
            weight,
          })),
          status: 'open',
          title: request.title,
        } as never,
      )
      requestIds.set(request.title, result.id)
      if (result.created) created += 1
    }
    created += await seedProposals(payload, requestIds, profileOf)
    // Requests that are over close once their help is recorded: a closed request takes no offer.
    for (const request of TALENT_REQUESTS.filter((r) => r.status === 'closed')) {
      const id = requestIds.get(request.title)
      if (id === undefined) continue
      const open: Where = { and: [{ id: { equals: id } }, { status: { not_equals: 'closed' } }] }
      await payload.update({ collection: 'help-requests', data: { status: 'closed' } as never, overrideAccess: true, where: open })
    }
    log(
      `人材バンク: スキル ${TALENT_SKILLS.length} 件, 職員 ${TALENT_STAFF.length} 名とプロフィール, 応援依頼 ${TALENT_REQUESTS.length} 件 (うち終了 ${TALENT_REQUESTS.filter((r) => r.status).length} 件, 新規 ${created})`,
    )
  },
}
