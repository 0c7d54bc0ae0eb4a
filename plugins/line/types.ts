import type { CollectionConfig } from 'payload'

/** Where the parts of a LINE message come from in a source document. */
export type SourceFieldMap = {
  /** Select field whose value is a topic code (`src/lib/akita.ts` TOPICS). */
  category: string
  /** Upload (or URL text) field shown as the bubble's hero image. */
  heroImage: string
  /** Array of `{ label, url }` shown as buttons. */
  links: string
  /** Select (hasMany) field of municipality codes. */
  municipalities: string
  summary: string
  title: string
}

/** A collection whose documents can be sent on LINE. */
export type LineSourceCollection = {
  /** Field names, when they differ from the announcements' ones. */
  fields?: Partial<SourceFieldMap>
  slug: string
  /** Public page of a document (a「詳しく見る」button); none when it returns undefined. */
  url?: (doc: Record<string, unknown>, context: { serverURL: string }) => string | undefined
}

export type LineRetryOptions = {
  /** First backoff after a 5xx or timeout, doubled at each attempt (with jitter). */
  baseDelayMs: number
  /** Attempts of one batch before it fails (429s are retried separately, see maxRateLimitWaits). */
  maxAttempts: number
  /** Longest backoff between two attempts. */
  maxDelayMs: number
  /** How many 429s one batch may wait out before it fails. */
  maxRateLimitWaits: number
  /** A call that has not answered after this long counts as a timeout (retried with the same key). */
  timeoutMs: number
}

/** Options of the LINE publishing plugin. */
export type LinePluginOptions = {
  /**
   * Labels of the admin sidebar group of the plugin's collections.
   * @default { ja: 'LINE配信', en: 'LINE' }
   */
  adminGroup?: Record<string, string>
  /**
   * Recipients per multicast call (LINE allows at most 500).
   * @default 500
   */
  batchSize?: number
  /**
   * Collections whose documents editors can send; slugs use the announcements' field names.
   * @default ['announcements']
   */
  collections?: (LineSourceCollection | string)[]
  /**
   * Multicast calls in flight at once for one delivery.
   * @default 4
   */
  concurrency?: number
  /**
   * How long a process owns a delivery it sends before another may take it over (renewed while it runs).
   * @default 30000
   */
  deliveryLeaseMs?: number
  /**
   * Keeps the collections and fields (stable schema) but mounts no webhook, runs no scheduler and sends nothing.
   * @default false
   */
  disabled?: boolean
  /**
   * Department codes for free-text messages, by keyword; the first match wins.
   * @default DEFAULT_INQUIRY_ROUTES
   */
  inquiryRoutes?: { department: string; keywords: string[] }[]
  /**
   * Department code of inquiries that match no keyword.
   * @default 'koho'
   */
  inquiryFallbackDepartment?: string
  /**
   * Upper bound of calls per second to the Messaging API (LINE allows 2,000 for multicast).
   * @default 1000
   */
  maxRequestsPerSecond?: number
  /**
   * Changes a collection after the plugin built it (labels, admin options, extra fields).
   * @default {}
   */
  overrides?: Partial<Record<LineSlug, (collection: CollectionConfig) => CollectionConfig>>
  /**
   * Backoff of failed multicast calls.
   * @default { baseDelayMs: 500, maxAttempts: 8, maxDelayMs: 30000, maxRateLimitWaits: 20, timeoutMs: 15000 }
   */
  retry?: Partial<LineRetryOptions>
  /**
   * node-cron expression of the scheduler that starts due deliveries (seconds field allowed).
   * @default '*\/5 * * * * *'
   */
  schedulerCron?: string
  /**
   * Public origin used for image and link URLs in messages.
   * @default process.env.PUBLIC_URL ?? 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * Path of the webhook on the express server.
   * @default '/line/webhook'
   */
  webhookPath?: string
}

export type LineSlug =
  | 'line-deliveries'
  | 'line-delivery-batches'
  | 'line-inquiries'
  | 'line-segments'
  | 'line-subscribers'
  | 'line-webhook-events'

export type ResolvedSourceCollection = {
  fields: SourceFieldMap
  slug: string
  url?: LineSourceCollection['url']
}

export type ResolvedLineOptions = Required<Omit<LinePluginOptions, 'collections' | 'retry' | 'serverURL'>> & {
  collections: ResolvedSourceCollection[]
  retry: LineRetryOptions
  /** Undefined: read PUBLIC_URL at send time. */
  serverURL?: string
}
