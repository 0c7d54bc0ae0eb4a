import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { ApiContext } from '../utilities/context'

/**
 * Any write to a collection the API shows (programmes, stories, their images) clears the whole
 * response cache: writes are rare next to reads, and a list can contain any document.
 */
export const invalidateOnChange =
  (ctx: ApiContext): CollectionAfterChangeHook =>
  ({ doc }) => {
    ctx.cache.clear()
    return doc
  }

export const invalidateOnDelete =
  (ctx: ApiContext): CollectionAfterDeleteHook =>
  ({ doc }) => {
    ctx.cache.clear()
    return doc
  }
