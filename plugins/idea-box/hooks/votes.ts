import type { Organisation } from '@akita-dx/plugin-core'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { badRequest, conflict, forbidden } from '@akita-dx/plugin-core'
import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { IdeaBoxKey } from '../translations'
import type { ResolvedIdeaBoxOptions } from '../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_VOTES, IDEAS, VOTABLE_STATES } from '../constants'
import { message } from '../translations'
import { actorOf } from '../utilities/actor'
import { incrementField } from '../utilities/counters'
import { loadAny, loadVisible } from '../utilities/load'
import { isVisible, isVotable } from '../utilities/rules'

const stateLabel = (req: PayloadRequest, state: unknown) => message(req, `state.${String(state)}` as IdeaBoxKey)

const countVotes = async (req: PayloadRequest, and: Where[]) =>
  (await req.payload.count({ collection: IDEA_VOTES, overrideAccess: true, req, where: { and } })).totalDocs

/** The idea to vote on, refused when it cannot take votes (hidden, decided, already voted for). */
const checkVotable = async (req: PayloadRequest, ideaId: ID, voter: ID) => {
  const idea = await loadVisible(req, IDEAS, ideaId)
  if (!idea) throw badRequest(message(req, 'error.ideaNotVisible', { id: ideaId }), 'idea')
  if (!isVisible(idea.moderation)) throw conflict(message(req, 'error.hiddenIdeaVote'))
  if (!isVotable(idea.state)) throw conflict(message(req, 'error.closedIdeaVote', { state: stateLabel(req, idea.state) }))
  if ((await countVotes(req, [{ idea: { equals: ideaId } }, { voter: { equals: voter } }])) > 0) {
    throw conflict(message(req, 'error.alreadyVoted'))
  }
}

/**
 * One vote per person per idea, on ideas still open, within the personal limit. The check here
 * gives a clear message; the unique (idea, voter) index is what holds under concurrent requests.
 */
export const prepareVote =
  (options: ResolvedIdeaBoxOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') throw forbidden(message(req, 'error.voteImmutable'))
    const actor = actorOf(req, options.organisation)
    if (!actor.system) data.voter = actor.id
    const voter = idOf(data.voter)
    if (voter === null) throw badRequest(message(req, 'error.voterRequired'), 'voter')
    const ideaId = idOf(data.idea)
    if (ideaId === null) throw badRequest(message(req, 'error.ideaRequired'), 'idea')
    data.idea = ideaId
    await checkVotable(req, ideaId, voter)

    const limit = options.openVoteLimit
    if (limit !== undefined && !actor.system) {
      const open = await countVotes(req, [{ voter: { equals: voter } }, { 'idea.state': { in: [...VOTABLE_STATES] } }])
      if (open >= limit) throw conflict(message(req, 'error.openVoteLimit', { limit }))
    }
    return data
  }

export const countVote =
  (): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation === 'create' && !req.context[CONTEXT_SKIP_COUNTERS]) {
      await incrementField(req, IDEAS, idOf(doc.idea)!, 'votesCount', 1)
    }
    return doc
  }

/** Withdrawing is allowed while the idea is open, so the tally of a decided idea stays as it was. */
export const guardVoteWithdrawal =
  (organisation: Organisation): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (actorOf(req, organisation).system || req.context[CONTEXT_SKIP_COUNTERS]) return
    const vote = await loadAny(req, IDEA_VOTES, id)
    const ideaId = idOf(vote?.idea)
    const idea = ideaId === null ? null : await loadAny(req, IDEAS, ideaId)
    if (idea && !isVotable(idea.state)) {
      throw conflict(message(req, 'error.closedIdeaWithdrawal', { state: stateLabel(req, idea.state) }))
    }
  }

export const uncountVote =
  (): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const ideaId = idOf(doc?.idea)
    if (ideaId !== null && !req.context[CONTEXT_SKIP_COUNTERS]) await incrementField(req, IDEAS, ideaId, 'votesCount', -1)
  }
