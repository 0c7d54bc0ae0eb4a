import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, forbidden } from '@akita-dx/plugin-core'
import { idOf, sameId } from '@akita-dx/plugin-core/shared'

import type { ResolvedIdeaBoxOptions } from '../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_COMMENTS, IDEA_FLAGS, IDEAS } from '../constants'
import { message } from '../translations'
import { type Actor, actorOf, isOwner } from '../utilities/actor'
import { incrementField } from '../utilities/counters'
import { loadAny, loadVisible } from '../utilities/load'
import { commentCountDelta, countsAsComment, replyDepth, withinEditWindow } from '../utilities/rules'
import { changedFields } from '../utilities/values'

type Data = Record<string, unknown>

/** The depth of a new comment: under a visible parent on the same idea, no deeper than allowed. */
const depthOf = async (options: ResolvedIdeaBoxOptions, req: PayloadRequest, data: Data, ideaId: unknown): Promise<number> => {
  let parentDepth: null | number = null
  const parentId = idOf(data.parent)
  if (parentId !== null) {
    const parent = await loadVisible(req, IDEA_COMMENTS, parentId)
    if (!parent) throw badRequest(message(req, 'error.parentNotVisible', { id: parentId }), 'parent')
    if (!sameId(parent.idea, ideaId)) throw badRequest(message(req, 'error.parentOnOtherIdea'), 'parent')
    parentDepth = Number(parent.depth) || 1
  }
  const depth = replyDepth(parentDepth, options.maxCommentDepth)
  if (depth === null) throw badRequest(message(req, 'error.replyTooDeep', { max: options.maxCommentDepth }), 'parent')
  return depth
}

const prepareNewComment = async (options: ResolvedIdeaBoxOptions, data: Data, req: PayloadRequest) => {
  const actor = actorOf(req, options.organisation)
  if (!actor.system) data.author = actor.id
  if (idOf(data.author) === null) throw badRequest(message(req, 'error.authorRequired'), 'author')
  const ideaId = idOf(data.idea)
  if (ideaId === null) throw badRequest(message(req, 'error.ideaRequired'), 'idea')
  if (!(await loadVisible(req, IDEAS, ideaId))) throw badRequest(message(req, 'error.ideaNotVisible', { id: ideaId }), 'idea')
  data.depth = await depthOf(options, req, data, ideaId)
  data.deleted = false
  data.deletedAt = null
  data.editedAt = null
  data.openFlagsCount = 0
  if (!actor.admin && !actor.system) data.moderation = 'visible'
  data.moderation ??= 'visible'
}

/** Edits by the author within the window, soft deletes by the author, moderation and undelete by admins. */
const checkCommentUpdate = (
  options: ResolvedIdeaBoxOptions,
  req: PayloadRequest,
  actor: Actor,
  data: Data,
  originalDoc: Data | undefined,
) => {
  const fixed = changedFields(originalDoc, data, ['idea', 'parent', 'author', 'depth'])
  if (fixed.length) throw forbidden(message(req, 'error.fieldsFixed', { fields: fixed.join(', ') }))
  const owner = isOwner(req, originalDoc?.author)
  const now = new Date()
  if (changedFields(originalDoc, data, ['body', 'stance']).length) {
    if (!owner) throw forbidden(message(req, 'error.commentAuthorOnly'))
    if (originalDoc?.deleted) throw forbidden(message(req, 'error.commentDeleted'))
    if (!withinEditWindow(originalDoc?.createdAt as string | undefined, now, options.commentEditWindowMinutes)) {
      throw forbidden(message(req, 'error.commentEditWindow', { minutes: options.commentEditWindowMinutes }))
    }
    data.editedAt = now.toISOString()
  }
  if (changedFields(originalDoc, data, ['deleted']).length) {
    if (data.deleted && !owner && !actor.admin) throw forbidden(message(req, 'error.commentDeleteAuthorOrAdmin'))
    if (!data.deleted && !actor.admin) throw forbidden(message(req, 'error.commentRestoreAdminOnly'))
    data.deletedAt = data.deleted ? now.toISOString() : null
  }
  if (changedFields(originalDoc, data, ['moderation']).length && !actor.admin) {
    throw forbidden(message(req, 'error.moderationAdminOnly'))
  }
}

/**
 * Threads at most `maxCommentDepth` deep on one idea; authors edit within the edit window and
 * delete softly (the thread keeps its shape); only admins change moderation.
 */
export const prepareComment =
  (options: ResolvedIdeaBoxOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') {
      await prepareNewComment(options, data, req)
      return data
    }
    delete data.openFlagsCount
    const actor = actorOf(req, options.organisation)
    if (!actor.system) checkCommentUpdate(options, req, actor, data, originalDoc)
    return data
  }

/** Keeps the idea's commentsCount equal to its comments that colleagues can see. */
export const countComment =
  (): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (req.context[CONTEXT_SKIP_COUNTERS]) return doc
    const delta = commentCountDelta(operation === 'create' ? null : previousDoc, doc)
    const ideaId = idOf(doc.idea)
    if (delta !== 0 && ideaId !== null) await incrementField(req, IDEAS, ideaId, 'commentsCount', delta)
    return doc
  }

export const uncountComment =
  (): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (req.context[CONTEXT_SKIP_COUNTERS]) return
    const ideaId = idOf(doc?.idea)
    if (ideaId !== null && countsAsComment(doc) && (await loadAny(req, IDEAS, ideaId))) {
      await incrementField(req, IDEAS, ideaId, 'commentsCount', -1)
    }
    await req.payload.delete({
      collection: IDEA_FLAGS,
      context: { [CONTEXT_SKIP_COUNTERS]: true },
      overrideAccess: true,
      req,
      where: { targetKey: { equals: `comment:${doc.id}` } },
    })
  }
