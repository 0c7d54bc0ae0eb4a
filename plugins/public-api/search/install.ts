import type { Config, Payload } from 'payload'

import { appendHooks, mapCollection } from '@akita-dx/plugin-core'

import type { ApiContext } from '../context'
import type { ResolvedPublicApiOptions } from '../types'

import { publicApiAnswers } from '../slot'
import { searchIndexCollection } from './collection'

/** The index's collection, also when the plugin is disabled (its schema stays, as every plugin's does). */
export const withSearchIndexCollection = (config: Config, options: ResolvedPublicApiOptions): Config => {
  if (!options.search) return config
  const idType = config.db?.defaultIDType === 'text' ? 'text' : 'number'
  return { ...config, collections: [...(config.collections ?? []), searchIndexCollection(options.search.slug, idType)] }
}

/** The programmes' change hooks that keep the index, and the start-up that makes it ready. */
export const withSearchIndex = (config: Config, ctx: ApiContext): Config => {
  const { search } = ctx
  if (!search) return config
  const hooked = mapCollection(config, ctx.options.subsidies.slug, (collection) =>
    appendHooks(collection, { afterChange: [search.afterChange], afterDelete: [search.afterDelete] }),
  )
  return {
    ...hooked,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await search.init(payload)
    },
  }
}

/**
 * Rebuilds the search index from the public programmes (after programmes were written around
 * Payload, say). Null when the app keeps no index or its database is MongoDB.
 */
export const rebuildSearchIndex = async (payload: Payload): Promise<null | { indexed: number }> => {
  const index = publicApiAnswers.find(payload)?.search?.kept(payload)
  return index ? index.rebuild() : null
}
