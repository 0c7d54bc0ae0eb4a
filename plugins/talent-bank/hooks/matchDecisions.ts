import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, forbidden, Refusal } from '@akita-dx/plugin-core'
import { idOf, sameId } from '@akita-dx/plugin-core/shared'

import type { MatchStatus } from '../constants'
import type { ResolvedTalentBankOptions } from '../types'

import { HELP_MATCHES, HELP_REQUESTS, MATCH_STATUSES, STAFF_PROFILES } from '../constants'
import { committedHours } from '../matching/commitments'
import { loadSkillIndex } from '../matching/loadSkillIndex'
import { scoreCandidate } from '../matching/scoring'
import { message, translatorFor } from '../translations'
import { checkTransition, MATCH_FIELDS_BY_ACTOR, type MatchActor } from './matchTransitions'
import { isOpenStatus, OPEN_MATCH_STATUSES, openOfferKey } from './openOffer'

type Data = Record<string, unknown>
type LogEntry = { action: MatchStatus; at: string; by: null | number | string; note?: null | string }

const logEntry = (req: PayloadRequest, action: MatchStatus, note?: null | string): LogEntry => ({
  action,
  at: new Date().toISOString(),
  by: req.user?.id ?? null,
  note: note || null,
})

const findRequest = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: HELP_REQUESTS, depth: 0, disableErrors: true, id, overrideAccess: true, req })

const actorsOf = (options: ResolvedTalentBankOptions, req: PayloadRequest, match: Data): MatchActor[] => {
  const { departmentOf, isAdminUser, isEditorUser } = options.organisation
  const actors: MatchActor[] = []
  if (!req.user) return actors
  if (isAdminUser(req.user)) actors.push('admin')
  if (sameId(match.candidate, req.user.id)) actors.push('candidate')
  if (isEditorUser(req.user) && sameId(match.department, departmentOf(req.user))) actors.push('department')
  return actors
}

/** The consented profile to propose, as the proposer may see it, not already proposed for the request. */
const findProposable = async (req: PayloadRequest, requestId: number | string, profileId: number | string) => {
  // The proposer's own read access: a profile they cannot see does not exist for them.
  const found = await req.payload.find({
    collection: STAFF_PROFILES,
    depth: 0,
    limit: 1,
    overrideAccess: !req.user,
    pagination: false,
    req,
    where: { and: [{ id: { equals: profileId } }, { consentStatus: { equals: 'given' } }] },
  })
  const profile = found.docs[0]
  if (!profile) throw badRequest(message(req, 'error.profileNotFound'), 'profile')
  const open = await req.payload.count({
    collection: HELP_MATCHES,
    overrideAccess: true,
    req,
    where: {
      and: [{ helpRequest: { equals: requestId } }, { profile: { equals: profileId } }, { status: { in: [...OPEN_MATCH_STATUSES] } }],
    },
  })
  if (open.totalDocs > 0) throw new Refusal(409, message(req, 'error.alreadyProposed'), 'profile')
  return profile
}

const propose = async (options: ResolvedTalentBankOptions, req: PayloadRequest, data: Data) => {
  const requestId = idOf(data.helpRequest)
  const profileId = idOf(data.profile)
  if (requestId === null) throw badRequest(message(req, 'error.helpRequestRequired'), 'helpRequest')
  if (profileId === null) throw badRequest(message(req, 'error.profileRequired'), 'profile')
  const helpRequest = await findRequest(req, requestId)
  if (!helpRequest) throw badRequest(message(req, 'error.helpRequestNotFound'), 'helpRequest')
  const { departmentOf, isAdminUser } = options.organisation
  if (req.user && !isAdminUser(req.user) && !sameId(helpRequest.department, departmentOf(req.user))) {
    throw forbidden(message(req, 'error.proposeDepartmentOnly'))
  }
  // Offers go to requests still looking for help: マッチ済 and 終了 take none.
  if (helpRequest.status !== 'open') throw new Refusal(409, message(req, 'error.requestNotOpen'), 'helpRequest')
  const profile = await findProposable(req, requestId, profileId)
  const [index, committed] = await Promise.all([loadSkillIndex(req), committedHours(req, [profileId], { ...helpRequest, id: requestId })])
  const context = {
    committedHours: committed,
    index,
    monthlyWorkingHours: options.monthlyWorkingHours,
    now: new Date(),
    weights: options.weights,
  }
  const scored = scoreCandidate(helpRequest as never, profile as never, context)
  data.helpRequest = requestId
  data.profile = profileId
  data.department = idOf(helpRequest.department)
  data.candidate = idOf(profile.user)
  data.status = 'proposed'
  data.score = scored.score
  data.log = [logEntry(req, 'proposed', data.message as string)]
  data.openOffer = openOfferKey(requestId, profileId)
  return data
}

/** Each side writes its own text and moves the status only as the transitions allow. */
const checkDecision = (
  options: ResolvedTalentBankOptions,
  req: PayloadRequest,
  data: Data,
  before: Data,
  from: MatchStatus,
  to: MatchStatus,
) => {
  const actors = actorsOf(options, req, before)
  for (const field of ['message', 'response']) {
    const changed = (data[field] ?? null) !== (before[field] ?? null)
    if (changed && !actors.some((actor) => MATCH_FIELDS_BY_ACTOR[actor].includes(field))) {
      throw forbidden(message(req, field === 'message' ? 'error.messageDepartmentOnly' : 'error.responseCandidateOnly'))
    }
  }
  const check = checkTransition(from, to, actors, translatorFor(req))
  if (!check.ok) throw check.status === 400 ? badRequest(check.message, 'status') : forbidden(check.message)
}

/**
 * Proposals are made by the requesting department; the candidate accepts or declines; each
 * decision is appended to the match's log, which no request can write directly.
 */
export const proposeOrDecide =
  (options: ResolvedTalentBankOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') return propose(options, req, data)
    const before = (originalDoc ?? {}) as Data
    const from = before.status as MatchStatus
    const to = (data.status ?? from) as MatchStatus
    if (!(MATCH_STATUSES as readonly string[]).includes(to)) {
      throw badRequest(message(req, 'error.unknownStatus', { status: String(to) }), 'status')
    }
    if (req.user) checkDecision(options, req, data, before, from, to)
    if (to !== from) {
      const note = (to === 'cancelled' && !sameId(before.candidate, req.user?.id) ? data.message : data.response) as string
      data.log = [...((before.log as LogEntry[]) ?? []), logEntry(req, to, note)]
      data.decidedAt = new Date().toISOString()
      if (!isOpenStatus(to)) data.openOffer = null
    }
    return data
  }

/** An accepted match fills the request: 募集中 becomes マッチ済. */
export const markRequestMatched: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const requestId = idOf(doc.helpRequest)
  if (requestId === null) return doc
  const helpRequest = await findRequest(req, requestId)
  if (helpRequest?.status === 'open') {
    await req.payload.update({ collection: HELP_REQUESTS, data: { status: 'matched' }, id: requestId, overrideAccess: true, req })
  }
  return doc
}
