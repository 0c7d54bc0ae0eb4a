import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import type { SanitizedIdeaBoxConfig } from '../../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_STATES, IDEA_VOTES, IDEAS, VOTABLE_STATES } from '../../constants'
import { actorOf } from '../../utilities/actor'
import { incrementField } from '../../utilities/counters'
import { conflict, forbidden, invalid } from '../../utilities/errors'
import { loadAny, loadVisible } from '../../utilities/load'
import { isVisible, isVotable } from '../../utilities/rules'
import { idOf } from '../../utilities/values'

const stateLabel = (state: unknown) => IDEA_STATES.find((s) => s.value === state)?.label.ja ?? String(state)

/**
 * One vote per person per idea, on ideas still open, within the personal limit. The check here
 * gives a clear message; the unique (idea, voter) index is what holds under concurrent requests.
 */
export const prepareVote =
  (options: SanitizedIdeaBoxConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') throw forbidden('投票は変更できません。取り消してから投票し直してください')
    const actor = actorOf(req)
    if (!actor.system) data.voter = actor.id
    const voter = idOf(data.voter)
    if (voter === null) throw invalid(IDEA_VOTES, 'voter', 'voter（投票者）が必要です')
    const ideaId = idOf(data.idea)
    if (ideaId === null) throw invalid(IDEA_VOTES, 'idea', 'idea（提案）を指定してください')
    data.idea = ideaId

    const idea = await loadVisible(req, IDEAS, ideaId)
    if (!idea) throw invalid(IDEA_VOTES, 'idea', `提案 ${ideaId} は存在しないか、閲覧できません`)
    if (!isVisible(idea.moderation)) throw conflict('非表示の提案には投票できません')
    if (!isVotable(idea.state)) throw conflict(`「${stateLabel(idea.state)}」の提案には投票できません`)

    const { totalDocs: already } = await req.payload.count({
      collection: IDEA_VOTES,
      overrideAccess: true,
      req,
      where: { and: [{ idea: { equals: ideaId } }, { voter: { equals: voter } }] },
    })
    if (already > 0) throw conflict('この提案には既に投票しています')

    if (options.openVoteLimit !== undefined && !actor.system) {
      const { totalDocs: open } = await req.payload.count({
        collection: IDEA_VOTES,
        overrideAccess: true,
        req,
        where: { and: [{ voter: { equals: voter } }, { 'idea.state': { in: [...VOTABLE_STATES] } }] },
      })
      if (open >= options.openVoteLimit) {
        throw conflict(
          `受付中の提案に投票できるのは一人 ${options.openVoteLimit} 件までです。ほかの投票を取り消してから投票してください`,
        )
      }
    }
    return data
  }

export const countVote = (): CollectionAfterChangeHook => async ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context[CONTEXT_SKIP_COUNTERS]) {
    await incrementField(req, IDEAS, idOf(doc.idea)!, 'votesCount', 1)
  }
  return doc
}

/** Withdrawing is allowed while the idea is open, so the tally of a decided idea stays as it was. */
export const guardVoteWithdrawal = (): CollectionBeforeDeleteHook => async ({ id, req }) => {
  if (actorOf(req).system || req.context[CONTEXT_SKIP_COUNTERS]) return
  const vote = await loadAny(req, IDEA_VOTES, id)
  const ideaId = idOf(vote?.idea)
  const idea = ideaId === null ? null : await loadAny(req, IDEAS, ideaId)
  if (idea && !isVotable(idea.state)) {
    throw conflict(`「${stateLabel(idea.state)}」の提案への投票は取り消せません`)
  }
}

export const uncountVote = (): CollectionAfterDeleteHook => async ({ doc, req }) => {
  const ideaId = idOf(doc?.idea)
  if (ideaId !== null && !req.context[CONTEXT_SKIP_COUNTERS]) await incrementField(req, IDEAS, ideaId, 'votesCount', -1)
}
