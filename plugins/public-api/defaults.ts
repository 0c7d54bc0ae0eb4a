import type { PublicApiPluginOptions, ResolvedPublicApiOptions } from './types'

export const resolveOptions = (options: PublicApiPluginOptions = {}): ResolvedPublicApiOptions => ({
  basePath: options.basePath ?? '/public',
  cacheMaxEntries: options.cacheMaxEntries ?? 500,
  cacheTtlMs: options.cacheTtlMs ?? 30_000,
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
