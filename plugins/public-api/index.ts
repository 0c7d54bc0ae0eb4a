import type { Config } from 'payload'

import { addServerRoutes, withCore, withTranslations } from '@akita-dx/plugin-core'

import type { PublicApiPluginOptions } from './types'

import { createAnswers } from './answers'
import { withCacheInvalidation } from './cache/invalidate'
import { createContext } from './context'
import { resolveOptions } from './defaults'
import { apiEndpoints } from './endpoints'
import { withSearchIndex, withSearchIndexCollection } from './search/install'
import { cacheRoute } from './server/cacheRoute'
import { publicApiAnswers, publicApiOptions } from './slot'
import { publicApiTranslations } from './translations'

export { appliesInMunicipality, AREA_SCOPES, type AreaScope } from './rules/areas'
export { normaliseForSearch } from './rules/search'
export {
  CLOSING_SOON_DAYS,
  type StatusFields,
  type StatusInput,
  statusWhere,
  SUBSIDY_STATUSES,
  type SubsidyStatus,
  subsidyStatus,
} from './rules/status'
export type { FacetCount, SubsidyFacets } from './answers/facets'
export type { Diagnosis } from './diagnosis/answer'
export type { ListPage } from './endpoints/cached'
export { subsidySearchQuery, type SubsidySearchQuery } from './queries/searchQuery'
export { publicReader } from './reader'
export { rebuildSearchIndex } from './search/install'
export type { Highlight, HighlightField } from './search/highlight'
export type { PublicQuery, PublicReader, Read, StoryCard, StoryDetail, SubsidyCard, SubsidyDetail, SubsidyHit } from './reader/types'
export type { OpenApiInfo, PublicApiPluginOptions, StoryFields, SubsidyFields, Term, Vocabulary } from './types'

/**
 * The public JSON API for founders' apps: `/api/public/subsidies`, `/stories`, their details and
 * `/openapi.json`, as Payload endpoints, with a response cache answered before Payload on the
 * server. Reads published documents only; no login. The programmes and stories are the app's
 * collections, known by the `subsidies` and `stories` options.
 */
export const publicApiPlugin =
  (pluginOptions: PublicApiPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    let config = publicApiOptions.attach(withTranslations(withCore(incomingConfig), publicApiTranslations), options)
    config = withSearchIndexCollection(config, options)
    if (options.disabled) return config

    const ctx = createContext(options, incomingConfig)
    config = withSearchIndex(config, ctx)
    const watched = [options.subsidies.slug, options.stories && options.stories.slug, options.media && options.media.slug]
    config = withCacheInvalidation(
      config,
      watched.filter((slug): slug is string => Boolean(slug)),
      ctx.cache,
    )
    const answers = createAnswers(ctx)
    config = publicApiAnswers.attach(config, answers)
    config = { ...config, endpoints: [...(config.endpoints ?? []), ...apiEndpoints(ctx, answers)] }
    return addServerRoutes(config, [cacheRoute(ctx, `${incomingConfig.routes?.api ?? '/api'}${options.basePath}`, answers)])
  }
