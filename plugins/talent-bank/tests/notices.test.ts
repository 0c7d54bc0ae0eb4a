import { addNoticeSender, type StaffNotice } from '@akita-dx/plugin-core'
import { api } from '@akita-dx/test-support'
import { beforeEach, describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../defaults'
import { flagExpiringQualifications } from '../notices/expiringQualifications'
import { makeActor } from './fixtures'
import { useWorkflowServer } from './workflowSetup'

/** What a notifications plugin would receive, one entry per notice handed to it. */
const received: StaffNotice[] = []
const recorder = (config: Parameters<typeof addNoticeSender>[0]) =>
  addNoticeSender(config, async (_context, notice) => {
    received.push(notice)
  })

describe('talent bank notices', () => {
  const ctx = useWorkflowServer([recorder])
  const only = (kind: string) => received.filter((n) => n.kind === kind)

  beforeEach(() => {
    received.length = 0
  })

  it('tells the candidate of an offer and of its withdrawal, and the offering editor of the decision', async () => {
    const { headers, person, profile } = await ctx.candidate({}, '佐藤 美咲')
    const request = await ctx.statsRequest({ title: '観光統計の分析' })
    const offer = await api(ctx.server.baseUrl, `/help-requests/${request.id}/offers`, {
      body: { message: '来月お願いできますか', profile: profile.id },
      headers: ctx.h.editor,
      method: 'POST',
    })
    expect(offer.status).toBe(201)
    expect(only('talentBank.offer')).toEqual([
      {
        body: '来月お願いできますか',
        event: `talent-offer:${offer.json.id}`,
        kind: 'talentBank.offer',
        recipients: [person.id],
        title: '応援依頼「観光統計の分析」の打診が届きました',
        url: `/collections/help-matches/${offer.json.id}`,
      },
    ])

    const accept = { body: { response: '対応できます', status: 'accepted' }, headers, method: 'PATCH' }
    expect((await api(ctx.server.baseUrl, `/help-matches/${offer.json.id}`, accept)).status).toBe(200)
    const [decision] = only('talentBank.decision')
    expect(decision).toMatchObject({
      body: '対応できます',
      recipients: [ctx.editor.id],
      title: '佐藤 美咲さんが応援依頼「観光統計の分析」の打診を「承諾」しました',
      url: `/collections/help-requests/${request.id}`,
    })

    const other = await ctx.candidate()
    const second = await api(ctx.server.baseUrl, `/help-requests/${(await ctx.statsRequest()).id}/offers`, {
      body: { profile: other.profile.id },
      headers: ctx.h.editor,
      method: 'POST',
    })
    const cancel = { body: { message: '別の方に決まりました', status: 'cancelled' }, headers: ctx.h.editor, method: 'PATCH' }
    expect((await api(ctx.server.baseUrl, `/help-matches/${second.json.id}`, cancel)).status).toBe(200)
    expect(only('talentBank.offerCancelled').map((n) => n.recipients)).toEqual([[other.person.id]])
  })

  it('asks the supervisors for 上長承認 when the offered time changes, and tells the person the decision', async () => {
    const supervisor = await makeActor(ctx.payload, ['editor'], ctx.depts.kodomo, '子育て 課長')
    const { headers, person, profile } = await ctx.candidate({ availability: 'monthly', availabilityShare: 10 }, '伊藤 翔')
    received.length = 0
    const change = { body: { availability: 'weekly', availabilityShare: 20 }, headers, method: 'PATCH' }
    expect((await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, change)).status).toBe(200)
    const [asked] = only('talentBank.approvalAsked')
    expect(asked.title).toBe('伊藤 翔さんの応援可能な時間について上長承認をお願いします')
    expect(asked.recipients.map(String)).toContain(String(supervisor.id))
    expect(asked.recipients.map(String)).not.toContain(String(person.id))

    const approve = { body: { supervisorApproval: 'approved' }, headers: ctx.h.otherEditor, method: 'PATCH' }
    expect((await api(ctx.server.baseUrl, `/staff-profiles/${profile.id}`, approve)).status).toBe(200)
    expect(only('talentBank.approvalDecided')).toEqual([
      expect.objectContaining({ recipients: [person.id], title: '応援可能な時間の上長承認が「承認」になりました' }),
    ])
  })

  it('tells each owner of a 資格 expiring within the warning period, and of nothing else', async () => {
    const { person } = await ctx.candidate({
      qualifications: [
        { expires: '2027-01-20', name: '第一種衛生管理者' },
        { expires: '2027-06-30', name: '基本情報技術者' },
        { expires: '2026-11-30', name: '防災士' },
      ],
    })
    const options = resolveOptions()
    const now = new Date('2026-12-03T07:30:00+09:00')
    const flagged = await flagExpiringQualifications(ctx.payload, options, now)
    const mine = only('talentBank.qualificationExpiry').filter((n) => String(n.recipients[0]) === String(person.id))
    expect(mine.map((n) => n.title)).toEqual(['資格「第一種衛生管理者」の有効期限が 2027/01/20 に切れます。更新をご確認ください'])
    expect(flagged).toBeGreaterThanOrEqual(1)
    expect(await flagExpiringQualifications(ctx.payload, { ...options, disabled: true }, now)).toBe(0)
  })
})
