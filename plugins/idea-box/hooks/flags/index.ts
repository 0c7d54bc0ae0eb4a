import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_COMMENTS, IDEA_FLAGS, IDEAS } from '../../constants'
import { actorOf } from '../../utilities/actor'
import { incrementField, setFields } from '../../utilities/counters'
import { forbidden, invalid } from '../../utilities/errors'
import { loadVisible } from '../../utilities/load'
import { countsAsComment, flagTargetKey } from '../../utilities/rules'
import { changedFields, idOf } from '../../utilities/values'

const targetOf = (flag: Record<string, unknown>) => {
  const comment = idOf(flag.comment)
  if (comment !== null) return { collection: IDEA_COMMENTS, id: comment } as const
  const idea = idOf(flag.idea)
  return idea === null ? null : ({ collection: IDEAS, id: idea } as const)
}

/** One report per person per item, on something the reporter can see. */
export const prepareFlag = (): CollectionBeforeChangeHook => async ({ data, operation, originalDoc, req }) => {
  const actor = actorOf(req)
  if (operation === 'update') {
    const fixed = changedFields(originalDoc, data, ['idea', 'comment', 'reporter', 'reason', 'note'])
    if (fixed.length && !actor.system) throw forbidden(`${fixed.join(', ')} は変更できません`)
    if (changedFields(originalDoc, data, ['status']).length) {
      data.reviewedAt = data.status === 'reviewed' ? new Date().toISOString() : null
      data.reviewedBy = data.status === 'reviewed' ? actor.id : null
    }
    return data
  }
  if (!actor.system) data.reporter = actor.id
  if (idOf(data.reporter) === null) throw invalid(IDEA_FLAGS, 'reporter', 'reporter（通報者）が必要です')
  const key = flagTargetKey(data, idOf)
  if (!key) throw invalid(IDEA_FLAGS, 'idea', 'idea（提案）か comment（コメント）のどちらか一方を指定してください')
  const target = targetOf(data)!
  if (!(await loadVisible(req, target.collection, target.id))) {
    throw invalid(IDEA_FLAGS, target.collection === IDEAS ? 'idea' : 'comment', '通報の対象が存在しないか、閲覧できません')
  }
  data.targetKey = key
  if (!actor.admin && !actor.system) data.status = 'open'
  data.status ??= 'open'
  return data
}

const moveOpenFlags = async (
  req: PayloadRequest,
  flag: Record<string, unknown>,
  by: number,
  threshold: number,
) => {
  const target = targetOf(flag)
  if (!target) return
  const after = await incrementField(req, target.collection, target.id, 'openFlagsCount', by)
  // The increment returns the row as stored after it, so of several reports arriving together
  // at least the one that reaches the threshold sees it.
  if (!after || by < 0 || Number(after.openFlagsCount) < threshold || after.moderation !== 'visible') return
  await setFields(req, target.collection, target.id, { moderation: 'pending' })
  const ideaId = idOf(after.idea)
  if (target.collection === IDEA_COMMENTS && countsAsComment(after as never) && ideaId !== null) {
    await incrementField(req, IDEAS, ideaId, 'commentsCount', -1)
  }
}

/** Reaching the threshold of open reports hides the item until an admin reviews it. */
export const countFlag =
  (options: SanitizedIdeaBoxConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (req.context[CONTEXT_SKIP_COUNTERS]) return doc
    const wasOpen = operation === 'update' && previousDoc?.status === 'open'
    const isOpen = doc.status === 'open'
    if (wasOpen !== isOpen) await moveOpenFlags(req, doc, isOpen ? 1 : -1, options.flagThreshold)
    return doc
  }

export const uncountFlag = (): CollectionAfterDeleteHook => async ({ doc, req }) => {
  if (req.context[CONTEXT_SKIP_COUNTERS] || doc?.status !== 'open') return
  await moveOpenFlags(req, doc, -1, Number.POSITIVE_INFINITY)
}
