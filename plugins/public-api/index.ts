import type { Config, Endpoint } from 'payload'

import type { PublicApiPluginOptions } from './types'

import { addServerExtension } from '../../src/server/extensions'
import { resolveOptions } from './defaults'
import { openApiEndpoint } from './endpoints/openapi'
import { storyDetailEndpoint, storyListEndpoint } from './endpoints/stories'
import { subsidyDetailEndpoint, subsidyListEndpoint } from './endpoints/subsidies'
import { invalidateOnChange, invalidateOnDelete } from './hooks/invalidate'
import { createContext } from './utilities/context'
import { sendPreflight } from './utilities/http'
import { mountExpressFront } from './utilities/expressFront'

export type { PublicApiPluginOptions } from './types'

/**
 * The public JSON API for founders' apps: `/api/public/subsidies`, `/stories`, their details and
 * `/openapi.json`, as Payload endpoints. Reads published documents only; no login.
 */
export const publicApiPlugin =
  (pluginOptions: PublicApiPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    if (options.disabled) return incomingConfig
    const ctx = createContext(options)
    const watched = new Set([options.slugs.media, options.slugs.stories, options.slugs.subsidies])

    const collections = (incomingConfig.collections ?? []).map((collection) => {
      if (!watched.has(collection.slug)) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), invalidateOnChange(ctx)],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateOnDelete(ctx)],
        },
      }
    })

    const getters: Endpoint[] = [
      subsidyListEndpoint(ctx),
      subsidyDetailEndpoint(ctx),
      storyListEndpoint(ctx),
      storyDetailEndpoint(ctx),
      openApiEndpoint(ctx),
    ]
    const preflights: Endpoint[] = getters.map((endpoint) => ({
      handler: async () => sendPreflight(),
      method: 'options',
      path: endpoint.path,
    }))

    const config: Config = {
      ...incomingConfig,
      collections,
      endpoints: [...(incomingConfig.endpoints ?? []), ...getters, ...preflights],
    }
    return addServerExtension(config, {
      mount: (app, { payload }) => mountExpressFront(app, `${payload.config.routes.api}${options.basePath}`, ctx),
      name: 'public-api',
    })
  }
