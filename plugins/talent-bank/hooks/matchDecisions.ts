import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { MatchStatus } from '../constants'
import type { ResolvedTalentBankOptions } from '../types'

import { departmentOf, isAdminUser, isEditorUser } from '../../../src/access'
import { HELP_MATCHES, HELP_REQUESTS, MATCH_STATUSES, STAFF_PROFILES } from '../constants'
import { loadSkillIndex } from '../matching'
import { forbidden, invalid } from '../utilities/errors'
import { scoreCandidate } from '../utilities/scoring'
import { checkTransition, MATCH_FIELDS_BY_ACTOR, type MatchActor } from '../utilities/transitions'
import { idOf, sameId } from '../utilities/visibility'

type LogEntry = { action: MatchStatus; at: string; by: null | number | string; note?: null | string }

const logEntry = (req: PayloadRequest, action: MatchStatus, note?: null | string): LogEntry => ({
  action,
  at: new Date().toISOString(),
  by: req.user?.id ?? null,
  note: note || null,
})

const actorsOf = (req: PayloadRequest, match: Record<string, unknown>): MatchActor[] => {
  const actors: MatchActor[] = []
  if (!req.user) return actors
  if (isAdminUser(req.user)) actors.push('admin')
  if (sameId(match.candidate as never, req.user.id)) actors.push('candidate')
  if (isEditorUser(req.user) && sameId(match.department as never, departmentOf(req.user))) actors.push('department')
  return actors
}

const propose = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  options: ResolvedTalentBankOptions,
) => {
  const requestId = idOf(data.helpRequest as never)
  const profileId = idOf(data.profile as never)
  if (requestId === null) throw invalid(req, HELP_MATCHES, 'helpRequest', '依頼を指定してください')
  if (profileId === null) throw invalid(req, HELP_MATCHES, 'profile', '候補者のプロフィールを指定してください')
  const helpRequest = await req.payload.findByID({
    collection: HELP_REQUESTS,
    depth: 0,
    disableErrors: true,
    id: requestId,
    overrideAccess: true,
    req,
  })
  if (!helpRequest) throw invalid(req, HELP_MATCHES, 'helpRequest', '指定された依頼が見つかりません')
  if (req.user && !isAdminUser(req.user) && !sameId(helpRequest.department as never, departmentOf(req.user))) {
    throw forbidden('打診できるのは依頼課の編集者または管理者です')
  }
  if (helpRequest.status === 'closed') throw invalid(req, HELP_MATCHES, 'helpRequest', '終了した依頼には打診できません')
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
  if (!profile) throw invalid(req, HELP_MATCHES, 'profile', '指定されたプロフィールが見つかりません')
  const open = await req.payload.count({
    collection: HELP_MATCHES,
    overrideAccess: true,
    req,
    where: {
      and: [
        { helpRequest: { equals: requestId } },
        { profile: { equals: profileId } },
        { status: { in: ['proposed', 'accepted'] } },
      ],
    },
  })
  if (open.totalDocs > 0) throw invalid(req, HELP_MATCHES, 'profile', 'この職員にはこの依頼で既に打診しています')
  const index = await loadSkillIndex(req)
  const scored = scoreCandidate(helpRequest as never, profile as never, { index, now: new Date(), weights: options.weights })
  data.helpRequest = requestId
  data.profile = profileId
  data.department = idOf(helpRequest.department as never)
  data.candidate = idOf(profile.user as never)
  data.status = 'proposed'
  data.score = scored.score
  data.log = [logEntry(req, 'proposed', data.message as string)]
  return data
}

/**
 * Proposals are made by the requesting department; the candidate accepts or declines; each
 * decision is appended to the match's log, which no request can write directly.
 */
export const proposeOrDecide =
  (options: ResolvedTalentBankOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') return propose(req, data, options)
    const before = (originalDoc ?? {}) as Record<string, unknown>
    const from = before.status as MatchStatus
    const to = (data.status ?? from) as MatchStatus
    if (!(MATCH_STATUSES as readonly string[]).includes(to)) {
      throw invalid(req, HELP_MATCHES, 'status', `状態「${String(to)}」はありません（proposed / accepted / declined / cancelled）`)
    }
    if (req.user) {
      const actors = actorsOf(req, before)
      for (const field of ['message', 'response']) {
        const changed = (data[field] ?? null) !== (before[field] ?? null)
        if (changed && !actors.some((actor) => MATCH_FIELDS_BY_ACTOR[actor].includes(field))) {
          throw forbidden(field === 'message' ? '依頼課からのメッセージは依頼課の編集者だけが書けます' : '回答は候補者本人だけが書けます')
        }
      }
      const check = checkTransition(from, to, actors)
      if (!check.ok) {
        throw check.status === 400 ? invalid(req, HELP_MATCHES, 'status', check.message) : forbidden(check.message)
      }
    }
    if (to !== from) {
      const note = (to === 'cancelled' && !sameId(before.candidate as never, req.user?.id) ? data.message : data.response) as string
      data.log = [...((before.log as LogEntry[]) ?? []), logEntry(req, to, note)]
      data.decidedAt = new Date().toISOString()
    }
    return data
  }

/** An accepted match fills the request: 募集中 becomes マッチ済. */
export const markRequestMatched: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'accepted' || previousDoc?.status === 'accepted') return doc
  const requestId = idOf(doc.helpRequest)
  if (requestId === null) return doc
  const helpRequest = await req.payload.findByID({
    collection: HELP_REQUESTS,
    depth: 0,
    disableErrors: true,
    id: requestId,
    overrideAccess: true,
    req,
  })
  if (helpRequest?.status === 'open') {
    await req.payload.update({
      collection: HELP_REQUESTS,
      data: { status: 'matched' },
      id: requestId,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
