import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config } from 'payload'

import { appendHooks, mapCollection } from '@akita-dx/plugin-core'

/**
 * Any write to a collection the API shows (programmes, stories, their images) clears the whole
 * response cache: writes are rare next to reads, and a list can contain any document.
 */
export const withCacheInvalidation = (config: Config, slugs: readonly string[], cache: { clear: () => void }): Config => {
  const afterChange: CollectionAfterChangeHook = ({ doc }) => {
    cache.clear()
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc }) => {
    cache.clear()
    return doc
  }
  return slugs.reduce(
    (next, slug) =>
      mapCollection(next, slug, (collection) => appendHooks(collection, { afterChange: [afterChange], afterDelete: [afterDelete] })),
    config,
  )
}
