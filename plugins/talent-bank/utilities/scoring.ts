import type { MatchWeights } from '../types'
import type { SkillIndex } from './skillIndex'

import { capacityFit, periodOverlap } from './availability'
import { type ID, idOf, isProfileVisibleTo, type Viewer } from './visibility'

/** Level a current qualification stands for when the person did not rate the skill themselves. */
export const QUALIFICATION_LEVEL = 3

export type RequiredSkill = { minLevel: number | string; skill: ID | { id: ID }; weight?: null | number }

export type RequestForScoring = {
  hoursPerMonth?: null | number
  periodFrom?: null | string
  periodUntil?: null | string
  requiredSkills?: null | RequiredSkill[]
}

export type ProfileForScoring = {
  availability?: null | string
  availableFrom?: null | string
  availableUntil?: null | string
  consentStatus?: null | string
  id: ID
  interests?: (ID | { id: ID })[] | null
  qualifications?: { expires?: null | string; name: string }[] | null
  skills?: { level: number | string; skill: ID | { id: ID } }[] | null
  supervisorApproval?: null | string
  user: ID | { id: ID }
  visibility?: null | string
}

export type ReasonCode =
  | 'approval'
  | 'availability'
  | 'below-level'
  | 'interest'
  | 'qualification'
  | 'skill'
  | 'synonym'

export type MatchReason = {
  code: ReasonCode
  level?: number
  message: string
  minLevel?: number
  skill?: { id: ID; name: string }
}

export type ScoredCandidate<P> = { coverage: number; profile: P; reasons: MatchReason[]; score: number }

const APPROVAL_FACTOR: Record<string, number> = { approved: 1, declined: 0, pending: 0.9 }
const AVAILABILITY_LABEL: Record<string, string> = { monthly: '月数時間', none: '不可', weekly: '週数時間' }

const round1 = (value: number) => Math.round(value * 10) / 10

type Evidence = { code: 'qualification' | 'skill' | 'synonym'; level: number; source: string }

/** The best evidence the profile holds for a required skill's synonym group. */
const bestEvidence = (
  profile: ProfileForScoring,
  required: ID,
  index: SkillIndex,
  now: Date,
): Evidence | null => {
  const group = index.groupOf(required)
  let best: Evidence | null = null
  const consider = (candidate: Evidence) => {
    if (!best || candidate.level > best.level || (candidate.level === best.level && candidate.code === 'skill')) {
      best = candidate
    }
  }
  for (const entry of profile.skills ?? []) {
    const id = idOf(entry.skill)
    if (id === null || index.groupOf(id) !== group) continue
    const exact = String(id) === String(required)
    consider({ code: exact ? 'skill' : 'synonym', level: Number(entry.level) || 0, source: index.nameOf(id) })
  }
  for (const qualification of profile.qualifications ?? []) {
    if (qualification.expires && Date.parse(qualification.expires) < now.getTime()) continue
    if (index.groupsInText(qualification.name).includes(group)) {
      consider({ code: 'qualification', level: QUALIFICATION_LEVEL, source: qualification.name })
    }
  }
  return best
}

/**
 * Scores one profile against a help request (0–100): weighted coverage of the required skills
 * held at or above the minimum level (synonyms through the taxonomy's aliases, current
 * qualifications count as Lv3), plus a bonus for required skills the person wants to use, times
 * how well their availability fits the period and hours, times the supervisor's approval.
 */
export const scoreCandidate = <P extends ProfileForScoring>(
  request: RequestForScoring,
  profile: P,
  context: { index: SkillIndex; now: Date; weights: MatchWeights },
): ScoredCandidate<P> => {
  const { index, now, weights } = context
  const reasons: MatchReason[] = []
  const required = (request.requiredSkills ?? []).filter((r) => idOf(r.skill) !== null)
  const interestGroups = new Set((profile.interests ?? []).map((i) => index.groupOf(idOf(i) as ID)))
  let total = 0
  let covered = 0
  let interested = 0
  for (const requirement of required) {
    const skillId = idOf(requirement.skill) as ID
    const weight = requirement.weight && requirement.weight > 0 ? requirement.weight : 1
    const minLevel = Number(requirement.minLevel) || 1
    const skill = { id: skillId, name: index.nameOf(skillId) }
    total += weight
    const evidence = bestEvidence(profile, skillId, index, now) as Evidence | null
    if (evidence && evidence.level >= minLevel) {
      covered += weight
      const message =
        evidence.code === 'skill'
          ? `${skill.name} Lv${evidence.level}（必要 Lv${minLevel}）`
          : evidence.code === 'synonym'
            ? `${evidence.source} Lv${evidence.level} を「${skill.name}」として評価（必要 Lv${minLevel}）`
            : `資格「${evidence.source}」を「${skill.name}」Lv${evidence.level} として評価（必要 Lv${minLevel}）`
      reasons.push({ code: evidence.code, level: evidence.level, message, minLevel, skill })
    } else if (evidence) {
      reasons.push({
        code: 'below-level',
        level: evidence.level,
        message: `${skill.name} Lv${evidence.level}（必要 Lv${minLevel} に不足）`,
        minLevel,
        skill,
      })
    }
    if (interestGroups.has(index.groupOf(skillId))) {
      interested += weight
      reasons.push({ code: 'interest', message: `「${skill.name}」を活かしたい（関心あり）`, skill })
    }
  }
  const coverage = total > 0 ? covered / total : 0
  const interestShare = total > 0 ? interested / total : 0

  const overlap = periodOverlap(request, profile, now)
  const capacity = capacityFit(profile.availability, request.hoursPerMonth)
  const availabilityFactor = overlap * capacity
  const label = AVAILABILITY_LABEL[profile.availability ?? 'none'] ?? '不可'
  reasons.push({
    code: 'availability',
    message:
      availabilityFactor === 0
        ? `応援可能時間: ${label}（期間または時間が合わない）`
        : `応援可能時間: ${label}（期間の${Math.round(overlap * 100)}%・必要時間の${Math.round(capacity * 100)}%に対応）`,
  })
  const approval = profile.supervisorApproval ?? 'pending'
  const approvalFactor = APPROVAL_FACTOR[approval] ?? APPROVAL_FACTOR.pending
  if (approval !== 'approved') {
    reasons.push({ code: 'approval', message: approval === 'declined' ? '上長承認: 不承認' : '上長承認: 未承認' })
  }
  const raw = (coverage + weights.interests * interestShare) / (1 + weights.interests)
  return { coverage, profile, reasons, score: round1(100 * raw * availabilityFactor * approvalFactor) }
}

/**
 * Ranks the profiles for a request, best first. Profiles the viewer may not see, or whose consent
 * is not given (the viewer's own withdrawn profile), are dropped before scoring whatever the
 * caller passed in, and so are candidates without any score.
 */
export const rankCandidates = <P extends ProfileForScoring>(
  request: RequestForScoring,
  profiles: P[],
  context: { index: SkillIndex; limit?: number; now: Date; viewer: Viewer | null; weights: MatchWeights },
): ScoredCandidate<P>[] =>
  profiles
    .filter((profile) => profile.consentStatus === 'given' && isProfileVisibleTo(profile, context.viewer))
    .map((profile) => scoreCandidate(request, profile, context))
    .filter((candidate) => candidate.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || b.coverage - a.coverage || String(a.profile.id).localeCompare(String(b.profile.id)),
    )
    .slice(0, context.limit ?? Number.POSITIVE_INFINITY)
