import type { Config } from 'payload'

import { addTrackRecordSource } from '@akita-dx/plugin-core'
import { api, loginHeaders } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { makeActor, makeProfile } from './fixtures'
import { useWorkflowServer } from './workflowSetup'

type Section = { items: { date?: string; detail?: string; title: string; url?: string }[]; kind: string; label: string }

// Another plugin's kind of track record (the idea box's adopted ideas in the app), and one that
// breaks: the contract must show the first and leave the second out without failing the page.
const otherPlugins = (config: Config): Config =>
  addTrackRecordSource(
    addTrackRecordSource(config, {
      kind: 'test.awards',
      label: { en: 'Awards', ja: '表彰' },
      list: async (_req, userId) => [{ date: '2025-11-03', title: `知事表彰 ${userId}` }],
    }),
    {
      kind: 'test.broken',
      label: { ja: '壊れた一覧' },
      list: async () => {
        throw new Error('source down')
      },
    },
  )

describe('GET /api/staff-profiles/:id/track-record', () => {
  const ctx = useWorkflowServer([otherPlugins])
  const trackRecord = (profileId: unknown, headers?: Record<string, string>) =>
    api(ctx.server.baseUrl, `/staff-profiles/${profileId}/track-record`, { headers })

  const offerAndAnswer = async (profileId: unknown, headers: Record<string, string>, status: string, data = {}) => {
    const request = await ctx.statsRequest(data)
    const offer = await api(ctx.server.baseUrl, `/help-requests/${request.id}/offers`, {
      body: { profile: profileId },
      headers: ctx.h.editor,
      method: 'POST',
    })
    expect(offer.status).toBe(201)
    if (status !== 'proposed') {
      const answered = await api(ctx.server.baseUrl, `/help-matches/${offer.json.id}`, { body: { status }, headers, method: 'PATCH' })
      expect(answered.status).toBe(200)
    }
    return request
  }

  it('lists the help the person accepted, with the department and period, and other plugins’ kinds', async () => {
    const skills = [{ level: '4', skill: ctx.skills.stats.id }]
    const helper = await ctx.candidate({ skills, supervisorApproval: 'approved' }, '実績 花子')
    const accepted = await offerAndAnswer(helper.profile.id, helper.headers, 'accepted', {
      hoursPerMonth: 12,
      periodFrom: '2026-04-01',
      periodUntil: '2026-09-30',
      title: '観光統計の分析',
    })
    await offerAndAnswer(helper.profile.id, helper.headers, 'declined', { title: '辞退した依頼' })
    await offerAndAnswer(helper.profile.id, helper.headers, 'proposed', { title: '返事待ちの依頼' })

    const res = await trackRecord(helper.profile.id, ctx.h.staff)
    expect(res.status).toBe(200)
    const sections = res.json.sections as Section[]
    expect(sections.map((s) => s.kind)).toEqual(['talentBank.helpGiven', 'test.awards'])
    const help = sections[0]
    expect(help.label).toBe('応援の実績')
    expect(help.items).toEqual([
      {
        date: expect.any(String),
        detail: '地域産業振興課・2026/04/01〜2026/09/30・月12時間',
        title: '観光統計の分析',
        url: `/collections/help-requests/${accepted.id}`,
      },
    ])
    expect(sections[1].items[0].title).toBe(`知事表彰 ${helper.person.id}`)
  })

  it('answers 404 for a profile the caller may not read, 401 without a login, 404 for a bad id', async () => {
    const hidden = await makeActor(ctx.payload, ['staff'], ctx.depts.kodomo, '非公開 実績')
    const profile = await makeProfile(ctx.payload, hidden, { visibility: 'self' })
    const refused = await trackRecord(profile.id, ctx.h.staff)
    expect(refused.status).toBe(404)
    expect(refused.json.errors[0].message).toBe(`プロフィール ${profile.id} は見つかりません`)
    expect((await trackRecord(profile.id, await loginHeaders(ctx.server.baseUrl, hidden))).status).toBe(200)
    expect((await trackRecord(profile.id)).status).toBe(401)
    expect((await trackRecord("1'--", ctx.h.staff)).status).toBe(404)
  })

  it('keeps the help given out of sight once the person withdraws consent', async () => {
    const skills = [{ level: '4', skill: ctx.skills.stats.id }]
    const helper = await ctx.candidate({ skills, supervisorApproval: 'approved' }, '撤回 実績')
    await offerAndAnswer(helper.profile.id, helper.headers, 'accepted', { title: '撤回前の応援' })
    await ctx.payload.update({
      collection: 'staff-profiles',
      data: { consentStatus: 'withdrawn' },
      id: helper.profile.id,
      overrideAccess: true,
    })
    expect((await trackRecord(helper.profile.id, ctx.h.admin)).status).toBe(404)
    const own = await trackRecord(helper.profile.id, helper.headers)
    expect((own.json.sections as Section[])[0].items.map((i) => i.title)).toEqual(['撤回前の応援'])
  })
})
