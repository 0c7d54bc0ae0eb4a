/** Options of the public JSON API plugin (support programmes and founder stories, no login). */
export type PublicApiPluginOptions = {
  /**
   * Path below Payload's `/api` route where the endpoints live.
   * @default '/public'
   */
  basePath?: string
  /**
   * Largest number of responses kept in memory, keyed by the normalised query.
   * @default 500
   */
  cacheMaxEntries?: number
  /**
   * How long a cached response is served before it is rebuilt. Writes in this process clear the
   * cache at once; the TTL bounds how stale another server process can be. 0 turns the cache off.
   * @default process.env.PUBLIC_API_CACHE_TTL_MS ?? 30000
   */
  cacheTtlMs?: number
  /**
   * Days before the deadline from which a programme counts as 締切間近 (deadline day included).
   * @default 14
   */
  closingSoonDays?: number
  /**
   * Keeps the collections' hooks off and serves no endpoint (the collections stay as they are).
   * @default false
   */
  disabled?: boolean
  /**
   * `max-age` in the `Cache-Control` header of successful responses.
   * @default 60
   */
  maxAgeSeconds?: number
  /**
   * Public origin written into the OpenAPI document's `servers`.
   * @default process.env.PUBLIC_URL ?? 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * Collection slugs the API reads.
   * @default { media: 'media', stories: 'founder-stories', subsidies: 'subsidies' }
   */
  slugs?: Partial<PublicApiSlugs>
}

export type PublicApiSlugs = { media: string; stories: string; subsidies: string }

export type ResolvedPublicApiOptions = Required<Omit<PublicApiPluginOptions, 'slugs'>> & { slugs: PublicApiSlugs }
