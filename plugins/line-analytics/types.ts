import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'
import type { ResidentAttributes } from '@akita-dx/plugin-line'

import type { AnalyticsSlug } from './constants'

/** Options of the LINE click analytics plugin. */
export type LineAnalyticsOptions = {
  /**
   * Labels of the admin sidebar group of the plugin's collections.
   * @default { ja: 'LINE配信', en: 'LINE' }
   */
  adminGroup?: Record<string, string>
  /**
   * Days the raw click rows are kept (by their JST day); older ones are deleted daily. The daily
   * roll-up stays, so the dashboard's totals keep every day; per-link counts and the segment,
   * category and department filters cover the days still held.
   * @default 400
   */
  clickRetentionDays?: false | number
  /**
   * Length of a link code (base62, 8 to 32 characters).
   * @default 12
   */
  codeLength?: number
  /**
   * Keeps the collections and fields (stable schema) but rewrites no link, mounts no redirect,
   * records no click, adds no endpoint or admin view and runs no background work.
   * @default false
   */
  disabled?: boolean
  /**
   * How often buffered clicks are written to the database, in milliseconds.
   * @default 1000
   */
  flushIntervalMs?: number
  /**
   * Requests per hour the insight task may make (LINE allows 60 for all insight endpoints; more is capped).
   * @default 60
   */
  insightBudgetPerHour?: number
  /**
   * node-cron expression of the insight task (seconds field allowed).
   * @default '0 *\/5 * * * *'
   */
  insightCron?: string
  /**
   * Buffered clicks that trigger a write before the interval (one multi-row insert per 500).
   * @default 2000
   */
  maxBatchSize?: number
  /**
   * The app's users, departments and roles: who reads the figures (editors) and which field of a
   * source document names its department.
   * @default the LINE plugin's organisation
   */
  organisation?: OrganisationOptions
  /**
   * Changes a collection after the plugin built it, keyed by slug (the daily roll-up
   * `line-click-days` is not overridable).
   * @default {}
   */
  overrides?: CollectionOverrides<AnalyticsSlug>
  /**
   * node-cron expression (seconds field allowed, Japan time) of the daily pruning of raw clicks.
   * @default '0 50 3 * * *'
   */
  retentionCron?: string
  /**
   * Public origin of tracked links (`<publicBaseUrl>/l/<code>`).
   * @default the LINE plugin's public origin (its serverURL, else the config's, else PUBLIC_URL, else 'http://localhost:3000')
   */
  publicBaseUrl?: string
  /**
   * Path prefix of tracked links on the server.
   * @default '/l'
   */
  redirectPath?: string
}

/** A value of the residents' interests, the categories deliveries are grouped by. */
export type CategoryOption = ResidentAttributes['interests'][number]

export type ResolvedAnalyticsOptions = Required<Omit<LineAnalyticsOptions, 'organisation' | 'publicBaseUrl'>> & {
  /** The residents' interests of the LINE plugin: what a source document's category means. */
  categories: CategoryOption[]
  organisation: Organisation
  /** Undefined: the LINE plugin's public origin, read at call time. */
  publicBaseUrl?: string
  /** Slugs of the collections the LINE plugin sends from (each gets the results panel). */
  sources: string[]
}
