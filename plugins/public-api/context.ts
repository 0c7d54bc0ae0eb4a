import type { Config, Where } from 'payload'

import type { CacheKeyFor } from './cache/keys'
import type { PreparedBody } from './http/prepared'
import type { ApiParams, ResolvedPublicApiOptions } from './types'

import { cacheKeys } from './cache/keys'
import { ResponseCache } from './cache/responseCache'
import { type StoryCards, storyCards } from './cards/story'
import { type SubsidyCards, subsidyCards } from './cards/subsidy'
import { buildParams } from './params/definitions'
import { type SearchService, searchService } from './search/service'

/** What every endpoint and the cache route share: one cache, one set of parameters, one way to read documents. */
export type ApiContext = {
  cache: ResponseCache<PreparedBody>
  cacheKeyFor: CacheKeyFor
  options: ResolvedPublicApiOptions
  params: ApiParams
  /** The condition of public documents of a collection: published, where the collection has drafts. */
  published: (slug: string) => Where[]
  /** The search index of the programmes; null when the options keep none. */
  search: null | SearchService
  stories: null | StoryCards
  subsidies: SubsidyCards
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Collections without drafts have no `_status`: all their documents are public. Unknown ones are taken to have drafts. */
export const draftsOf = (config: Config) => {
  const withoutDrafts = new Set(
    (config.collections ?? [])
      .filter((collection) => !(typeof collection.versions === 'object' && collection.versions.drafts))
      .map((collection) => collection.slug),
  )
  return (slug: string) => (withoutDrafts.has(slug) ? [] : [PUBLISHED])
}

export const createContext = (options: ResolvedPublicApiOptions, config: Config): ApiContext => {
  const params = buildParams(options.vocabulary)
  const ctx: ApiContext = {
    cache: new ResponseCache<PreparedBody>(options.cacheMaxEntries, options.cacheTtlMs),
    cacheKeyFor: cacheKeys(params),
    options,
    params,
    published: draftsOf(config),
    stories: options.stories ? storyCards(options.stories.fields, options) : null,
    search: null,
    subsidies: subsidyCards(options),
  }
  if (options.search) ctx.search = searchService(ctx, options.search)
  return ctx
}
