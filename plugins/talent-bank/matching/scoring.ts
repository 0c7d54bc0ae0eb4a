import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { TalentBankKey, Translator } from '../translations'
import type { MatchWeights } from '../types'
import type { SkillIndex } from './skillIndex'

import { isProfileVisibleTo, type Viewer } from '../access/visibility'
import { translatorFor } from '../translations'
import { capacityFit, monthlyCapacity, periodOverlap } from './availability'

/** Level a current qualification stands for when the person did not rate the skill themselves. */
const QUALIFICATION_LEVEL = 3

type RequiredSkill = { minLevel: number | string; skill: ID | { id: ID }; weight?: null | number }

export type RequestForScoring = {
  hoursPerMonth?: null | number
  periodFrom?: null | string
  periodUntil?: null | string
  requiredSkills?: null | RequiredSkill[]
}

export type ProfileForScoring = {
  availability?: null | string
  availabilityShare?: null | number
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

type ReasonCode = 'approval' | 'availability' | 'below-level' | 'interest' | 'qualification' | 'skill' | 'synonym'

type MatchReason = {
  code: ReasonCode
  level?: number
  message: string
  minLevel?: number
  skill?: { id: ID; name: string }
}

type ScoredCandidate<P> = { coverage: number; profile: P; reasons: MatchReason[]; score: number }

/**
 * What scoring needs besides the request and the profile; `t` words the reasons (Japanese by
 * default). `committedHours` are the monthly hours each profile (by id) already gives to accepted
 * requests in the period; `monthlyWorkingHours` turns a share of working time into hours.
 */
type ScoringContext = {
  committedHours?: Map<string, number>
  index: SkillIndex
  monthlyWorkingHours?: number
  now: Date
  t?: Translator
  weights: MatchWeights
}

const APPROVAL_FACTOR: Record<string, number> = { approved: 1, declined: 0, pending: 0.9 }

const round1 = (value: number) => Math.round(value * 10) / 10

/** 7.75 hours a day, 20 working days: the month a share of working time is taken of. */
export const DEFAULT_MONTHLY_WORKING_HOURS = 155

type Evidence = { code: 'qualification' | 'skill' | 'synonym'; level: number; source: string }

/** The best evidence the profile holds for a required skill's synonym group. */
const bestEvidence = (profile: ProfileForScoring, required: ID, index: SkillIndex, now: Date): Evidence | null => {
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
 * Weighted share of the required skills held at or above the minimum level (synonyms through the
 * taxonomy's aliases, current qualifications as Lv3), the weighted share the person wants to use,
 * and a reason for each.
 */
const skillCoverage = (request: RequestForScoring, profile: ProfileForScoring, index: SkillIndex, now: Date, t: Translator) => {
  const reasons: MatchReason[] = []
  const interestGroups = new Set((profile.interests ?? []).map((i) => index.groupOf(idOf(i) as ID)))
  let total = 0
  let covered = 0
  let interested = 0
  for (const requirement of (request.requiredSkills ?? []).filter((r) => idOf(r.skill) !== null)) {
    const skillId = idOf(requirement.skill) as ID
    const weight = requirement.weight && requirement.weight > 0 ? requirement.weight : 1
    const minLevel = Number(requirement.minLevel) || 1
    const skill = { id: skillId, name: index.nameOf(skillId) }
    total += weight
    const evidence = bestEvidence(profile, skillId, index, now)
    if (evidence) {
      const code = evidence.level >= minLevel ? evidence.code : 'below-level'
      if (code !== 'below-level') covered += weight
      const vars = { level: evidence.level, minLevel, skill: skill.name, source: evidence.source }
      reasons.push({ code, level: evidence.level, message: t(`reason.${code}`, vars), minLevel, skill })
    }
    if (interestGroups.has(index.groupOf(skillId))) {
      interested += weight
      reasons.push({ code: 'interest', message: t('reason.interest', { skill: skill.name }), skill })
    }
  }
  return { coverage: total > 0 ? covered / total : 0, interestShare: total > 0 ? interested / total : 0, reasons }
}

/** Monthly hours the person still offers once their accepted assignments in the period are counted. */
const remainingHours = (profile: ProfileForScoring, context: ScoringContext) =>
  monthlyCapacity(profile, context.monthlyWorkingHours ?? DEFAULT_MONTHLY_WORKING_HOURS) -
  (context.committedHours?.get(String(profile.id)) ?? 0)

/** How well the availability fits the period and hours (0–1), and the supervisor's approval factor. */
const fitAndApproval = (request: RequestForScoring, profile: ProfileForScoring, context: ScoringContext, t: Translator) => {
  const overlap = periodOverlap(request, profile, context.now)
  const remaining = remainingHours(profile, context)
  const capacity = capacityFit(remaining, request.hoursPerMonth)
  const availability = t(`availability.${profile.availability ?? 'none'}` as TalentBankKey)
  const vars = { availability, capacity: Math.round(capacity * 100), overlap: Math.round(overlap * 100), remaining: Math.max(0, remaining) }
  const reasons: MatchReason[] = [
    { code: 'availability', message: t(overlap * capacity === 0 ? 'reason.unavailable' : 'reason.availability', vars) },
  ]
  const approval =
    profile.supervisorApproval === 'approved' || profile.supervisorApproval === 'declined' ? profile.supervisorApproval : 'pending'
  if (approval !== 'approved') reasons.push({ code: 'approval', message: t(`reason.approval.${approval}`) })
  return { approvalFactor: APPROVAL_FACTOR[approval], fit: overlap * capacity, reasons }
}

/**
 * Scores one profile against a help request (0–100): weighted coverage of the required skills,
 * plus a bonus for required skills the person wants to use, times how well their availability
 * fits the period and hours, times the supervisor's approval.
 */
export const scoreCandidate = <P extends ProfileForScoring>(
  request: RequestForScoring,
  profile: P,
  context: ScoringContext,
): ScoredCandidate<P> => {
  const { index, now, t = translatorFor(), weights } = context
  const skills = skillCoverage(request, profile, index, now, t)
  const availability = fitAndApproval(request, profile, context, t)
  const raw = (skills.coverage + weights.interests * skills.interestShare) / (1 + weights.interests)
  return {
    coverage: skills.coverage,
    profile,
    reasons: [...skills.reasons, ...availability.reasons],
    score: round1(100 * raw * availability.fit * availability.approvalFactor),
  }
}

/**
 * Ranks the profiles for a request, best first. Profiles the viewer may not see, or whose consent
 * is not given (the viewer's own withdrawn profile), are dropped before scoring whatever the
 * caller passed in, and so are candidates without any score.
 */
export const rankCandidates = <P extends ProfileForScoring>(
  request: RequestForScoring,
  profiles: P[],
  context: ScoringContext & { limit?: number; viewer: Viewer | null },
): ScoredCandidate<P>[] =>
  profiles
    .filter((profile) => profile.consentStatus === 'given' && isProfileVisibleTo(profile, context.viewer))
    .map((profile) => scoreCandidate(request, profile, context))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || b.coverage - a.coverage || String(a.profile.id).localeCompare(String(b.profile.id)))
    .slice(0, context.limit ?? Number.POSITIVE_INFINITY)
