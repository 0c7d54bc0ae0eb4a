import type { Config, Payload } from 'payload'

import type { ResolvedLineOptions } from './types'

const KEY = 'linePlugin'

/** Keeps the resolved options on the config so hooks, endpoints and workers read one source. */
export const withRuntimeOptions = (config: Config, options: ResolvedLineOptions): Config => ({
  ...config,
  custom: { ...(config.custom ?? {}), [KEY]: options },
})

export const lineOptionsOf = (payload: Payload): ResolvedLineOptions => {
  const options = payload.config.custom?.[KEY] as ResolvedLineOptions | undefined
  if (!options) throw new Error('linePlugin is not registered in this Payload config')
  return options
}

/**
 * Public origin for absolute URLs in messages. Payload sanitises an unset `serverURL` to '', so
 * empty values fall through (with `??` PUBLIC_URL was never reached).
 */
export const serverURLOf = (payload: Payload, options: ResolvedLineOptions): string =>
  options.serverURL || payload.config.serverURL || process.env.PUBLIC_URL?.trim() || 'http://localhost:3000'
