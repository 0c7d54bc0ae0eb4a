import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'

/** Options of the audit log. */
export type AuditPluginOptions = {
  /**
   * Admin sidebar group of the audit log.
   * @default { ja: '監査', en: 'Audit' }
   */
  adminGroup?: Record<string, string> | string
  /**
   * Collections whose changes by signed-in users are recorded (create, update with a field-level
   * diff, publish, unpublish, delete). Each must be in the config before this plugin. Field names
   * listed in `exclude` are left out of the diffs (hidden fields and credentials always are).
   * @default []
   */
  collections?: (string | { exclude?: string[]; slug: string })[]
  /**
   * Keeps the collection and its entries readable, and records, exports and prunes nothing.
   * @default false
   */
  disabled?: boolean
  /**
   * Most entries one CSV export holds; a larger selection is refused with a request to narrow it.
   * @default 50000
   */
  maxExportRows?: number
  /**
   * The app's staff: users and departments collections, role and department fields.
   * @default the suite's defaults (`users` with `roles` and `department`, `departments`)
   */
  organisation?: OrganisationOptions
  /** Changes to the `audit-events` collection config (labels, admin columns). @default {} */
  overrides?: CollectionOverrides<'audit-events'>
  /**
   * node-cron expression (seconds field allowed), in Japan time, of the daily deletion of entries
   * older than `retentionDays`.
   * @default '0 30 3 * * *'
   */
  retentionCron?: string
  /**
   * Days an entry is kept; `false` keeps entries for ever. 公文書 of this kind are commonly kept 5 years.
   * @default 1825
   */
  retentionDays?: false | number
  /**
   * The users' field shown as the acting user's name (copied into each entry, so the log still
   * names someone whose account was deleted).
   * @default 'name'
   */
  userNameField?: string
}

export type AuditedCollection = { exclude: Set<string>; slug: string }

export type ResolvedAuditOptions = {
  adminGroup: Record<string, string> | string
  collections: AuditedCollection[]
  disabled: boolean
  maxExportRows: number
  organisation: Organisation
  overrides: CollectionOverrides<'audit-events'>
  retentionCron: string
  retentionDays: false | number
  userNameField: string
}
