import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'

import type { AuditPluginOptions, ResolvedAuditOptions } from './types'

const PLUGIN = 'auditPlugin'

export const resolveOptions = (options: AuditPluginOptions = {}): ResolvedAuditOptions => ({
  adminGroup: options.adminGroup ?? { en: 'Audit', ja: '監査' },
  collections: (options.collections ?? []).map((entry) =>
    typeof entry === 'string' ? { exclude: new Set(), slug: entry } : { exclude: new Set(entry.exclude ?? []), slug: entry.slug },
  ),
  disabled: options.disabled ?? false,
  maxExportRows: integerOption(PLUGIN, 'maxExportRows', options.maxExportRows, 50_000),
  organisation: resolveOrganisation(options.organisation),
  overrides: options.overrides ?? {},
  retentionCron: options.retentionCron ?? '0 30 3 * * *',
  retentionDays: options.retentionDays === false ? false : integerOption(PLUGIN, 'retentionDays', options.retentionDays, 1825),
  userNameField: options.userNameField ?? 'name',
})
