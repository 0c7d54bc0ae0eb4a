import type { PublicApiPluginOptions, ResolvedPublicApiOptions } from './types'

/** A number from the environment (operators tune the cache without a code change), if set and valid. */
const envNumber = (name: string): number | undefined => {
  const value = process.env[name]?.trim()
  if (!value) return undefined
  const number = Number(value)
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

export const resolveOptions = (options: PublicApiPluginOptions = {}): ResolvedPublicApiOptions => ({
  basePath: options.basePath ?? '/public',
  cacheMaxEntries: options.cacheMaxEntries ?? 500,
  cacheTtlMs: options.cacheTtlMs ?? envNumber('PUBLIC_API_CACHE_TTL_MS') ?? 30_000,
  closingSoonDays: options.closingSoonDays ?? 14,
  disabled: options.disabled ?? false,
  maxAgeSeconds: options.maxAgeSeconds ?? 60,
  serverURL: options.serverURL ?? process.env.PUBLIC_URL ?? 'http://localhost:3000',
  slugs: {
    media: options.slugs?.media ?? 'media',
    stories: options.slugs?.stories ?? 'founder-stories',
    subsidies: options.slugs?.subsidies ?? 'subsidies',
  },
})
