import type { CollectionConfig } from 'payload'

import type { AnalyticsSlug } from './constants'

/** Options of the LINE click analytics plugin. */
export type LineAnalyticsOptions = {
  /**
   * Labels of the admin sidebar group of the plugin's collections.
   * @default { ja: 'LINE配信', en: 'LINE' }
   */
  adminGroup?: Record<string, string>
  /**
   * Collection that gets the「LINE配信の効果」panel on its edit view (skipped when absent).
   * @default 'announcements'
   */
  announcementsSlug?: string
  /**
   * Length of a link code (base62, at least 8).
   * @default 12
   */
  codeLength?: number
  /**
   * Keeps the collections and fields (stable schema) but mounts no redirect, records no click,
   * rewrites no link and runs no insight job.
   * @default false
   */
  disabled?: boolean
  /**
   * How often buffered clicks are written to the database.
   * @default 1000
   */
  flushIntervalMs?: number
  /**
   * Requests per hour the insight job may make (LINE allows 60 for all insight endpoints).
   * @default 60
   */
  insightBudgetPerHour?: number
  /**
   * node-cron expression of the insight job (seconds field allowed).
   * @default '0 *\/5 * * * *'
   */
  insightCron?: string
  /**
   * Buffered clicks that trigger a write before the interval (one multi-row insert each).
   * @default 2000
   */
  maxBatchSize?: number
  /**
   * Changes a collection after the plugin built it.
   * @default {}
   */
  overrides?: Partial<Record<AnalyticsSlug, (collection: CollectionConfig) => CollectionConfig>>
  /**
   * Public origin of tracked links (`<publicBaseUrl>/l/<code>`).
   * @default the LINE plugin's serverURL, else PUBLIC_URL, else 'http://localhost:3000'
   */
  publicBaseUrl?: string
  /**
   * Path prefix of tracked links on the express server.
   * @default '/l'
   */
  redirectPath?: string
  /**
   * Collection that gets the statistics warning (< 20 recipients) on its edit view.
   * @default 'line-segments'
   */
  segmentsSlug?: string
}

export type ResolvedAnalyticsOptions = Required<Omit<LineAnalyticsOptions, 'publicBaseUrl'>> & {
  /** Undefined: resolved at call time from the LINE plugin or PUBLIC_URL. */
  publicBaseUrl?: string
}
