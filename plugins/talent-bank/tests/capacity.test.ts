import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { buildSkillIndex } from '../matching/skillIndex'
import { scoreCandidate } from '../matching/scoring'
import { useWorkflowServer } from './workflowSetup'

type Doc = { profile: { id: unknown }; reasons: { code: string; message: string }[]; score: number }

describe('availability as a share of working time, less what is already accepted', () => {
  const ctx = useWorkflowServer()

  it('scores with the hours left on a fixed clock', () => {
    const index = buildSkillIndex([{ id: 1, name: '統計解析' }])
    const request = { hoursPerMonth: 10, periodFrom: '2026-07-01', periodUntil: '2026-07-31', requiredSkills: [{ minLevel: 3, skill: 1 }] }
    const profile = {
      availability: 'monthly',
      availabilityShare: 10,
      id: 7,
      skills: [{ level: 4, skill: 1 }],
      supervisorApproval: 'approved',
      user: 1,
    }
    const context = { index, monthlyWorkingHours: 160, now: new Date('2026-06-01T00:00:00Z'), weights: { interests: 0.15 } }
    const free = scoreCandidate(request, profile, context)
    expect(free.score).toBe(Math.round(1000 / 1.15) / 10)
    expect(free.reasons.at(-1)!.message).toContain('残り 月16時間')
    const busy = scoreCandidate(request, profile, { ...context, committedHours: new Map([['7', 11]]) })
    expect(busy.score).toBe(Math.round(500 / 1.15) / 10)
    expect(busy.reasons.at(-1)!.message).toContain('残り 月5時間')
    expect(scoreCandidate(request, profile, { ...context, committedHours: new Map([['7', 16]]) }).score).toBe(0)
  })

  it('counts accepted matches on running requests in the period against the share, and excludes the full', async () => {
    const skills = [{ level: '4', skill: ctx.skills.stats.id }]
    const busy = await ctx.candidate({ availabilityShare: 10, skills, supervisorApproval: 'approved' }, '兼務 多忙')
    const free = await ctx.candidate({ availabilityShare: 10, skills, supervisorApproval: 'approved' }, '兼務 余裕')
    // 10% of 155 hours = 16 hours a month; an accepted 12-hour assignment leaves 4.
    const earlier = await ctx.statsRequest({ hoursPerMonth: 12, periodFrom: '2027-01-01', periodUntil: '2027-06-30' })
    const offered = await api(ctx.server.baseUrl, `/help-requests/${earlier.id}/offers`, {
      body: { profile: busy.profile.id },
      headers: ctx.h.editor,
      method: 'POST',
    })
    await api(ctx.server.baseUrl, `/help-matches/${offered.json.id}`, {
      body: { status: 'accepted' },
      headers: busy.headers,
      method: 'PATCH',
    })
    const ranked = async (data: Record<string, unknown>) => {
      const request = await ctx.statsRequest(data)
      const res = await api(ctx.server.baseUrl, `/help-requests/${request.id}/matches`, { headers: ctx.h.editor })
      const of = (p: { id: unknown }) => (res.json.docs as Doc[]).find((d) => d.profile.id === p.id)
      return { busy: of(busy.profile), free: of(free.profile) }
    }
    const overlapping = await ranked({ hoursPerMonth: 8, periodFrom: '2027-03-01', periodUntil: '2027-03-31' })
    expect(overlapping.free!.reasons.find((r) => r.code === 'availability')!.message).toContain('残り 月16時間')
    expect(overlapping.busy!.reasons.find((r) => r.code === 'availability')!.message).toContain('残り 月4時間')
    expect(overlapping.busy!.score).toBeCloseTo(overlapping.free!.score / 2, 0)
    // After the assignment's period the person has their whole share again.
    const later = await ranked({ hoursPerMonth: 8, periodFrom: '2027-09-01', periodUntil: '2027-09-30' })
    expect(later.busy!.score).toBe(later.free!.score)
    // Two accepted assignments use up the share: the person is no candidate for the period.
    const second = await ctx.statsRequest({ hoursPerMonth: 4, periodFrom: '2027-02-01', periodUntil: '2027-04-30' })
    const again = await api(ctx.server.baseUrl, `/help-requests/${second.id}/offers`, {
      body: { profile: busy.profile.id },
      headers: ctx.h.editor,
      method: 'POST',
    })
    await api(ctx.server.baseUrl, `/help-matches/${again.json.id}`, {
      body: { status: 'accepted' },
      headers: busy.headers,
      method: 'PATCH',
    })
    const excluded = await ranked({ hoursPerMonth: 8, periodFrom: '2027-03-01', periodUntil: '2027-03-31' })
    expect(excluded.busy).toBeUndefined()
    expect(excluded.free).toBeDefined()
  })
  it('sends the supervisor approval back to pending when the share changes', async () => {
    const { headers, profile } = await ctx.candidate({ availabilityShare: 10, supervisorApproval: 'approved' })
    const res = await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, {
      body: { availabilityShare: 20 },
      headers,
      method: 'PATCH',
    })
    expect(res.status).toBe(200)
    expect(res.json.doc).toMatchObject({ availabilityShare: 20, supervisorApproval: 'pending' })
  })
})
