import type { CollectionBeforeDeleteHook } from 'payload'

import { CONTEXT_SKIP_COUNTERS, IDEA_COMMENTS, IDEA_FLAGS, IDEA_FOLLOWS, IDEA_VOTES } from '../../constants'

/**
 * Votes, comments, reports and follows belong to their idea. They go first: their reference to the idea
 * is required, so the database refuses to delete an idea that still has them.
 */
export const cascadeIdeaDelete =
  (): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const context = { [CONTEXT_SKIP_COUNTERS]: true }
    const comments = await req.payload.find({
      collection: IDEA_COMMENTS,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { idea: { equals: id } },
    })
    const commentKeys = comments.docs.map((c) => `comment:${c.id}`)
    await req.payload.delete({
      collection: IDEA_FLAGS,
      context,
      overrideAccess: true,
      req,
      where: { targetKey: { in: [`idea:${id}`, ...commentKeys] } },
    })
    for (const collection of [IDEA_VOTES, IDEA_COMMENTS, IDEA_FOLLOWS] as const) {
      await req.payload.delete({ collection, context, overrideAccess: true, req, where: { idea: { equals: id } } })
    }
  }
