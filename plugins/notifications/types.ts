import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'

import type { DeliveryMode } from './constants'

/** Options of the staff notices. */
export type NotificationsPluginOptions = {
  /**
   * Admin sidebar group of the notices list.
   * @default { ja: '通知', en: 'Notifications' }
   */
  adminGroup?: Record<string, string> | string
  /**
   * node-cron expression (seconds field allowed), in Japan time, of the daily digest.
   * @default '0 0 8 * * *'
   */
  dailyDigestCron?: string
  /**
   * How a person hears of notices until they choose: at once on their linked LINE, in a daily or
   * weekly digest, or only in the admin.
   * @default 'immediate'
   */
  defaultDelivery?: DeliveryMode
  /**
   * Keeps the collection, the users' field and the stored notices, and stores, sends and shows nothing new.
   * @default false
   */
  disabled?: boolean
  /**
   * Most notices a digest lists by title (the rest are counted).
   * @default 10
   */
  digestListed?: number
  /**
   * The app's staff: users and departments collections, role and department fields.
   * @default the suite's defaults (`users` with `roles` and `department`, `departments`)
   */
  organisation?: OrganisationOptions
  /** Changes to the `staff-notices` collection config (labels, admin columns). @default {} */
  overrides?: CollectionOverrides<'staff-notices'>
  /**
   * Origin of the admin in the links sent on LINE.
   * @default the config's `serverURL`, else `PUBLIC_URL`, else `http://localhost:3000`
   */
  publicOrigin?: string
  /**
   * Days a notice is kept; `false` keeps notices for ever.
   * @default 180
   */
  retentionDays?: false | number
  /**
   * node-cron expression, in Japan time, of the weekly digest.
   * @default '0 0 8 * * 1' (Mondays 08:00)
   */
  weeklyDigestCron?: string
}

export type ResolvedNotificationsOptions = {
  adminGroup: Record<string, string> | string
  dailyDigestCron: string
  defaultDelivery: DeliveryMode
  digestListed: number
  disabled: boolean
  organisation: Organisation
  overrides: CollectionOverrides<'staff-notices'>
  publicOrigin?: string
  retentionDays: false | number
  weeklyDigestCron: string
}
