import type { Organisation } from '@akita-dx/plugin-core'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, forbidden } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedIdeaBoxOptions } from '../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_COMMENTS, IDEAS } from '../constants'
import { message } from '../translations'
import { actorOf } from '../utilities/actor'
import { incrementField, setFields } from '../utilities/counters'
import { loadVisible } from '../utilities/load'
import { countsAsComment, flagTargetKey } from '../utilities/rules'
import { changedFields } from '../utilities/values'

const targetOf = (flag: Record<string, unknown>) => {
  const comment = idOf(flag.comment)
  if (comment !== null) return { collection: IDEA_COMMENTS, id: comment } as const
  const idea = idOf(flag.idea)
  return idea === null ? null : ({ collection: IDEAS, id: idea } as const)
}

/** One report per person per item, on something the reporter can see. */
export const prepareFlag =
  (organisation: Organisation): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const actor = actorOf(req, organisation)
    if (operation === 'update') {
      const fixed = changedFields(originalDoc, data, ['idea', 'comment', 'reporter', 'reason', 'note'])
      if (fixed.length && !actor.system) throw forbidden(message(req, 'error.fieldsFixed', { fields: fixed.join(', ') }))
      if (changedFields(originalDoc, data, ['status']).length) {
        data.reviewedAt = data.status === 'reviewed' ? new Date().toISOString() : null
        data.reviewedBy = data.status === 'reviewed' ? actor.id : null
      }
      return data
    }
    if (!actor.system) data.reporter = actor.id
    if (idOf(data.reporter) === null) throw badRequest(message(req, 'error.reporterRequired'), 'reporter')
    const key = flagTargetKey(data)
    if (!key) throw badRequest(message(req, 'error.flagTargetRequired'), 'idea')
    const target = targetOf(data)!
    if (!(await loadVisible(req, target.collection, target.id))) {
      throw badRequest(message(req, 'error.flagTargetNotVisible'), target.collection === IDEAS ? 'idea' : 'comment')
    }
    data.targetKey = key
    if (!actor.admin && !actor.system) data.status = 'open'
    data.status ??= 'open'
    return data
  }

const moveOpenFlags = async (req: PayloadRequest, flag: Record<string, unknown>, by: number, threshold: number) => {
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
  (options: ResolvedIdeaBoxOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (req.context[CONTEXT_SKIP_COUNTERS]) return doc
    const wasOpen = operation === 'update' && previousDoc?.status === 'open'
    const isOpen = doc.status === 'open'
    if (wasOpen !== isOpen) await moveOpenFlags(req, doc, isOpen ? 1 : -1, options.flagThreshold)
    return doc
  }

export const uncountFlag =
  (): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context[CONTEXT_SKIP_COUNTERS] || doc?.status !== 'open') return
    await moveOpenFlags(req, doc, -1, Number.POSITIVE_INFINITY)
  }
