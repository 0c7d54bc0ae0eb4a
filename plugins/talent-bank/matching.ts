import type { PayloadRequest, Where } from 'payload'

import type { ResolvedTalentBankOptions } from './types'

import { viewerOf } from './access/viewer'
import { SKILLS, STAFF_PROFILES } from './constants'
import { type ProfileForScoring, rankCandidates, type RequestForScoring } from './utilities/scoring'
import { buildSkillIndex, type SkillIndex } from './utilities/skillIndex'
import { type ID, idOf } from './utilities/visibility'

export const loadSkillIndex = async (req: PayloadRequest): Promise<SkillIndex> => {
  const skills = await req.payload.find({
    collection: SKILLS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { aliases: true, name: true },
  })
  return buildSkillIndex(
    skills.docs.map((s) => ({ aliases: (s.aliases as null | string[]) ?? [], id: s.id, name: String(s.name) })),
  )
}

export type HelpRequestDoc = RequestForScoring & { department: ID | { id: ID }; id: ID }

/**
 * Candidates for a help request, ranked. Profiles are read with the requester's own access, so
 * the visibility constraint applies in the query; the ranking checks it again.
 */
export const findCandidates = async (
  req: PayloadRequest,
  helpRequest: HelpRequestDoc,
  options: ResolvedTalentBankOptions,
  limit: number,
) => {
  const constraints: Where[] = [
    { consentStatus: { equals: 'given' } },
    { availability: { not_equals: 'none' } },
  ]
  const department = idOf(helpRequest.department)
  if (!options.includeOwnDepartment && department !== null) {
    constraints.push({
      or: [{ currentDepartment: { not_equals: department } }, { currentDepartment: { exists: false } }],
    })
  }
  const [profiles, index, viewer] = await Promise.all([
    req.payload.find({
      collection: STAFF_PROFILES,
      depth: 1,
      overrideAccess: false,
      pagination: false,
      // Only what a candidate card needs from related documents (never colleagues' auth data).
      populate: {
        departments: { code: true, name: true },
        skills: { category: true, name: true },
        users: { name: true },
      },
      req,
      user: req.user,
      where: { and: constraints },
    }),
    loadSkillIndex(req),
    viewerOf(req, options),
  ])
  return rankCandidates(helpRequest, profiles.docs as unknown as (ProfileForScoring & Record<string, unknown>)[], {
    index,
    limit,
    now: new Date(),
    viewer,
    weights: options.weights,
  })
}
