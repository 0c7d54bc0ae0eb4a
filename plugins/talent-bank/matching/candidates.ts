import type { PayloadRequest, Where } from 'payload'

import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { viewerOf } from '../access/viewer'
import { STAFF_PROFILES } from '../constants'
import { translatorFor } from '../translations'
import { committedHours } from './commitments'
import { loadSkillIndex } from './loadSkillIndex'
import { type ProfileForScoring, rankCandidates, type RequestForScoring } from './scoring'

export type HelpRequestDoc = RequestForScoring & { department: ID | { id: ID }; id: ID }

/** Consented, available profiles, outside the requesting department unless it may help itself. */
const candidateWhere = (helpRequest: HelpRequestDoc, options: ResolvedTalentBankOptions): Where => {
  const constraints: Where[] = [{ consentStatus: { equals: 'given' } }, { availability: { not_equals: 'none' } }]
  const department = idOf(helpRequest.department)
  if (!options.includeOwnDepartment && department !== null) {
    constraints.push({ or: [{ currentDepartment: { not_equals: department } }, { currentDepartment: { exists: false } }] })
  }
  return { and: constraints }
}

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
  const { departmentCodeField, departments, users } = options.organisation
  const [profiles, index, viewer] = await Promise.all([
    req.payload.find({
      collection: STAFF_PROFILES,
      depth: 1,
      overrideAccess: false,
      pagination: false,
      // Only what a candidate card needs from related documents (never colleagues' auth data).
      populate: {
        [departments]: { [departmentCodeField]: true, name: true },
        skills: { category: true, name: true },
        [users]: { [options.userNameField]: true },
      },
      req,
      user: req.user,
      where: candidateWhere(helpRequest, options),
    }),
    loadSkillIndex(req),
    viewerOf(req, options),
  ])
  const committed = await committedHours(
    req,
    profiles.docs.map((p) => p.id),
    helpRequest,
  )
  return rankCandidates(helpRequest, profiles.docs as unknown as (ProfileForScoring & Record<string, unknown>)[], {
    committedHours: committed,
    index,
    monthlyWorkingHours: options.monthlyWorkingHours,
    limit,
    now: new Date(),
    t: translatorFor(req),
    viewer,
    weights: options.weights,
  })
}
