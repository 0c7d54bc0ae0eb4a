import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../../types'

import { CONTEXT_SKIP_COUNTERS, IDEA_COMMENTS, IDEA_FLAGS, IDEAS } from '../../constants'
import { actorOf, isOwner } from '../../utilities/actor'
import { incrementField } from '../../utilities/counters'
import { forbidden, invalid } from '../../utilities/errors'
import { loadAny, loadVisible } from '../../utilities/load'
import { commentCountDelta, countsAsComment, replyDepth, withinEditWindow } from '../../utilities/rules'
import { changedFields, idOf, sameId } from '../../utilities/values'

const prepareNewComment = async (
  options: SanitizedIdeaBoxConfig,
  data: Record<string, unknown>,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
) => {
  const actor = actorOf(req)
  if (!actor.system) data.author = actor.id
  if (idOf(data.author) === null) throw invalid(IDEA_COMMENTS, 'author', 'author（投稿者）が必要です')
  const ideaId = idOf(data.idea)
  if (ideaId === null) throw invalid(IDEA_COMMENTS, 'idea', 'idea（提案）を指定してください')
  const idea = await loadVisible(req, IDEAS, ideaId)
  if (!idea) throw invalid(IDEA_COMMENTS, 'idea', `提案 ${ideaId} は存在しないか、閲覧できません`)

  let parentDepth: null | number = null
  const parentId = idOf(data.parent)
  if (parentId !== null) {
    const parent = await loadVisible(req, IDEA_COMMENTS, parentId)
    if (!parent) throw invalid(IDEA_COMMENTS, 'parent', `返信先のコメント ${parentId} は存在しないか、閲覧できません`)
    if (!sameId(parent.idea, ideaId)) throw invalid(IDEA_COMMENTS, 'parent', '返信先のコメントは同じ提案のものにしてください')
    parentDepth = Number(parent.depth) || 1
  }
  const depth = replyDepth(parentDepth, options.maxCommentDepth)
  if (depth === null) {
    throw invalid(IDEA_COMMENTS, 'parent', `返信は ${options.maxCommentDepth} 階層までです。上の階層のコメントに返信してください`)
  }
  data.depth = depth
  data.deleted = false
  data.deletedAt = null
  data.editedAt = null
  data.openFlagsCount = 0
  if (!actor.admin && !actor.system) data.moderation = 'visible'
  data.moderation ??= 'visible'
}

/**
 * Threads at most `maxCommentDepth` deep on one idea; authors edit within the edit window and
 * delete softly (the thread keeps its shape); only admins change moderation.
 */
export const prepareComment =
  (options: SanitizedIdeaBoxConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') {
      await prepareNewComment(options, data, req)
      return data
    }
    delete data.openFlagsCount
    const actor = actorOf(req)
    if (actor.system) return data
    const fixed = changedFields(originalDoc, data, ['idea', 'parent', 'author', 'depth'])
    if (fixed.length) throw forbidden(`${fixed.join(', ')} は変更できません`)

    const owner = isOwner(req, originalDoc?.author)
    const now = new Date()
    if (changedFields(originalDoc, data, ['body', 'stance']).length) {
      if (!owner) throw forbidden('コメントを編集できるのは投稿者だけです')
      if (originalDoc?.deleted) throw forbidden('削除したコメントは編集できません')
      if (!withinEditWindow(originalDoc?.createdAt, now, options.commentEditWindowMinutes)) {
        throw forbidden(`コメントを編集できるのは投稿から ${options.commentEditWindowMinutes} 分以内です`)
      }
      data.editedAt = now.toISOString()
    }
    if (changedFields(originalDoc, data, ['deleted']).length) {
      if (data.deleted && !owner && !actor.admin) throw forbidden('コメントを削除できるのは投稿者と管理者だけです')
      if (!data.deleted && !actor.admin) throw forbidden('削除したコメントを戻せるのは管理者だけです')
      data.deletedAt = data.deleted ? now.toISOString() : null
    }
    if (changedFields(originalDoc, data, ['moderation']).length && !actor.admin) {
      throw forbidden('moderation（公開状態）を変更できるのは管理者だけです')
    }
    return data
  }

/** Keeps the idea's commentsCount equal to its comments that colleagues can see. */
export const countComment = (): CollectionAfterChangeHook => async ({ doc, operation, previousDoc, req }) => {
  if (req.context[CONTEXT_SKIP_COUNTERS]) return doc
  const delta = commentCountDelta(operation === 'create' ? null : previousDoc, doc)
  const ideaId = idOf(doc.idea)
  if (delta !== 0 && ideaId !== null) await incrementField(req, IDEAS, ideaId, 'commentsCount', delta)
  return doc
}

export const uncountComment = (): CollectionAfterDeleteHook => async ({ doc, req }) => {
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
