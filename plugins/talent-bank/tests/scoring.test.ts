import { describe, expect, it } from '@jest/globals'

import { capacityFit, monthlyCapacity, periodOverlap, periodsOverlap } from '../matching/availability'
import { type ProfileForScoring, rankCandidates, scoreCandidate } from '../matching/scoring'
import { buildSkillIndex, normaliseTerm } from '../matching/skillIndex'

const index = buildSkillIndex([
  { aliases: ['データ解析', '統計検定'], id: 1, name: '統計解析' },
  { aliases: ['Python3'], id: 2, name: 'Python' },
  { aliases: ['データ解析'], id: 3, name: 'データ分析' },
  { aliases: ['TOEIC', '英会話'], id: 4, name: '英語' },
  { aliases: ['R'], id: 5, name: 'R言語' },
])
const weights = { interests: 0.15 }
const now = new Date('2026-06-01T00:00:00Z')
const context = { index, now, weights }

const request = {
  hoursPerMonth: 6,
  periodFrom: '2026-07-01',
  periodUntil: '2026-09-30',
  requiredSkills: [
    { minLevel: 3, skill: 1, weight: 2 },
    { minLevel: 2, skill: 2, weight: 1 },
  ],
}

const profile = (overrides: Partial<ProfileForScoring>): ProfileForScoring => ({
  availability: 'weekly',
  consentStatus: 'given',
  id: 100,
  supervisorApproval: 'approved',
  user: 50,
  visibility: 'all',
  ...overrides,
})

describe('skill index', () => {
  it('normalises width, case and spaces', () => {
    expect(normaliseTerm('Ｐｙｔｈｏｎ ３')).toBe('python3')
  })

  it('puts skills that share an alias in one synonym group', () => {
    expect(index.groupOf(1)).toBe(index.groupOf(3))
    expect(index.groupOf(2)).not.toBe(index.groupOf(1))
  })

  it('finds skills named in free text, ignoring one-letter aliases', () => {
    expect(index.groupsInText('統計検定2級')).toEqual([index.groupOf(1)])
    expect(index.groupsInText('TOEIC 860点')).toEqual([index.groupOf(4)])
    expect(index.groupsInText('普通自動車運転免許')).toEqual([])
  })
})

describe('availability', () => {
  it('measures how much of the request period the window covers', () => {
    expect(periodOverlap(request, {}, now)).toBe(1)
    expect(periodOverlap(request, { availableUntil: '2026-06-30' }, now)).toBe(0)
    const half = periodOverlap({ periodFrom: '2026-07-01', periodUntil: '2026-07-30' }, { availableUntil: '2026-07-15' }, now)
    expect(half).toBeCloseTo(0.5, 5)
  })

  it('compares requested hours with what the availability can give', () => {
    const fit = (availability: string, hours: null | number) => capacityFit(monthlyCapacity({ availability }, 155), hours)
    expect(fit('none', 2)).toBe(0)
    expect(fit('weekly', 20)).toBe(1)
    expect(fit('monthly', 12)).toBe(0.5)
    expect(fit('monthly', null)).toBe(1)
  })

  it('takes a stated share of working time over the coarse availability, never when it is 不可', () => {
    expect(monthlyCapacity({ availability: 'monthly', availabilityShare: 20 }, 155)).toBe(31)
    expect(monthlyCapacity({ availability: 'monthly', availabilityShare: 10 }, 160)).toBe(16)
    expect(monthlyCapacity({ availability: 'none', availabilityShare: 20 }, 155)).toBe(0)
    expect(monthlyCapacity({ availability: 'weekly', availabilityShare: null }, 155)).toBe(24)
  })

  it('tells whether two periods share a day', () => {
    const july = { periodFrom: '2026-07-01', periodUntil: '2026-07-31' }
    expect(periodsOverlap(july, { periodFrom: '2026-07-31', periodUntil: '2026-08-31' })).toBe(true)
    expect(periodsOverlap(july, { periodFrom: '2026-08-01', periodUntil: '2026-08-31' })).toBe(false)
    expect(periodsOverlap(july, {})).toBe(true)
  })
})

describe('scoreCandidate', () => {
  it('gives 100 to full coverage at the right level with approval and time', () => {
    const result = scoreCandidate(
      request,
      profile({
        skills: [
          { level: 4, skill: 1 },
          { level: 2, skill: 2 },
        ],
      }),
      context,
    )
    expect(result.coverage).toBe(1)
    expect(result.score).toBeCloseTo(100 / 1.15, 1)
    expect(result.reasons.map((r) => r.message)).toEqual([
      '統計解析 Lv4（必要 Lv3）',
      'Python Lv2（必要 Lv2）',
      '応援可能時間: 週数時間・残り 月24時間（期間の100%・必要時間の100%に対応）',
    ])
  })

  it('weights coverage and gives nothing for a level below the minimum', () => {
    const below = scoreCandidate(
      request,
      profile({
        skills: [
          { level: 2, skill: 1 },
          { level: 3, skill: 2 },
        ],
      }),
      context,
    )
    expect(below.coverage).toBeCloseTo(1 / 3, 5)
    expect(below.reasons[0]).toMatchObject({ code: 'below-level', level: 2, minLevel: 3 })
  })

  it('counts a synonym and a current qualification, but not an expired one', () => {
    const synonym = scoreCandidate(request, profile({ skills: [{ level: 4, skill: 3 }] }), context)
    expect(synonym.reasons[0]).toMatchObject({ code: 'synonym', skill: { id: 1, name: '統計解析' } })
    expect(synonym.coverage).toBeCloseTo(2 / 3, 5)
    const qualified = scoreCandidate(request, profile({ qualifications: [{ name: '統計検定2級' }] }), context)
    expect(qualified.reasons[0]).toMatchObject({ code: 'qualification', level: 3 })
    expect(qualified.coverage).toBeCloseTo(2 / 3, 5)
    const expired = scoreCandidate(request, profile({ qualifications: [{ expires: '2025-03-31', name: '統計検定2級' }] }), context)
    expect(expired.coverage).toBe(0)
  })

  it('adds an interests bonus', () => {
    const base = scoreCandidate(request, profile({ skills: [{ level: 2, skill: 2 }] }), context)
    const keen = scoreCandidate(request, profile({ interests: [1], skills: [{ level: 2, skill: 2 }] }), context)
    expect(keen.score).toBeGreaterThan(base.score)
    expect(keen.reasons.some((r) => r.code === 'interest')).toBe(true)
  })

  it('scales by availability and supervisor approval', () => {
    const skills = [
      { level: 5, skill: 1 },
      { level: 5, skill: 2 },
    ]
    const full = scoreCandidate(request, profile({ skills }), context).score
    expect(scoreCandidate(request, profile({ availability: 'none', skills }), context).score).toBe(0)
    expect(scoreCandidate({ ...request, hoursPerMonth: 12 }, profile({ availability: 'monthly', skills }), context).score).toBeCloseTo(
      full / 2,
      0,
    )
    expect(scoreCandidate(request, profile({ skills, supervisorApproval: 'pending' }), context).score).toBeCloseTo(full * 0.9, 0)
    expect(scoreCandidate(request, profile({ skills, supervisorApproval: 'declined' }), context).score).toBe(0)
  })
})

describe('rankCandidates', () => {
  const viewer = { id: 1, isAdmin: false, isHr: false }
  const strong = profile({
    id: 1,
    skills: [
      { level: 5, skill: 1 },
      { level: 3, skill: 2 },
    ],
    user: 11,
  })
  const partial = profile({ id: 2, skills: [{ level: 3, skill: 2 }], user: 12 })
  const none = profile({ id: 3, skills: [{ level: 5, skill: 4 }], user: 13 })
  const hidden = profile({
    id: 4,
    skills: [
      { level: 5, skill: 1 },
      { level: 5, skill: 2 },
    ],
    user: 14,
    visibility: 'hr',
  })
  const withdrawn = profile({ consentStatus: 'withdrawn', id: 5, skills: [{ level: 5, skill: 1 }], user: 15 })

  it('ranks by score and drops candidates without any match', () => {
    const ranked = rankCandidates(request, [partial, none, strong], { ...context, viewer })
    expect(ranked.map((c) => c.profile.id)).toEqual([1, 2])
  })

  it('never returns a profile the viewer may not see or whose consent is withdrawn', () => {
    const ranked = rankCandidates(request, [hidden, withdrawn, partial], { ...context, viewer })
    expect(ranked.map((c) => c.profile.id)).toEqual([2])
    const asHr = rankCandidates(request, [hidden, withdrawn], { ...context, viewer: { ...viewer, isHr: true } })
    expect(asHr.map((c) => c.profile.id)).toEqual([4])
    const ownWithdrawn = rankCandidates(request, [withdrawn], { ...context, viewer: { ...viewer, id: 15 } })
    expect(ownWithdrawn).toEqual([])
  })

  it('honours the limit', () => {
    expect(rankCandidates(request, [strong, partial], { ...context, limit: 1, viewer })).toHaveLength(1)
  })
})
