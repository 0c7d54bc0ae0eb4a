import type { Config, Payload } from 'payload'

import type { ResolvedAnalyticsOptions } from './types'

const KEY = 'lineAnalytics'

/** Keeps the resolved options on the config so endpoints, hooks and the server read one source. */
export const withRuntimeOptions = (config: Config, options: ResolvedAnalyticsOptions): Config => ({
  ...config,
  custom: { ...(config.custom ?? {}), [KEY]: options },
})

export const analyticsOptionsOf = (payload: Payload): ResolvedAnalyticsOptions => {
  const options = payload.config.custom?.[KEY] as ResolvedAnalyticsOptions | undefined
  if (!options) throw new Error('lineAnalyticsPlugin is not registered in this Payload config')
  return options
}

/** Origin of tracked links: the option, the LINE plugin's public origin, the config, PUBLIC_URL. */
export const publicBaseUrlOf = (payload: Payload, options: ResolvedAnalyticsOptions): string => {
  const line = payload.config.custom?.linePlugin as { serverURL?: string } | undefined
  const base =
    options.publicBaseUrl ||
    line?.serverURL ||
    payload.config.serverURL ||
    process.env.PUBLIC_URL?.trim() ||
    'http://localhost:3000'
  return base.replace(/\/+$/, '')
}
