import type { CollectionConfig, Config } from 'payload'

import {
  addAuditRecorder,
  addBackgroundTasks,
  appendHooks,
  applyOverrides,
  mapCollection,
  withCore,
  withLeases,
  withTranslations,
} from '@akita-dx/plugin-core'

import type { AuditPluginOptions, ResolvedAuditOptions } from './types'

import { buildAuditEvents } from './collections/auditEvents'
import { resolveOptions } from './defaults'
import { exportEndpoint } from './export/endpoint'
import { auditChanges, auditDeletes, notePasswordChange } from './record/documentHooks'
import { auditLogin } from './record/loginHook'
import { auditRecorder } from './record/writeEvent'
import { retentionTask } from './retention/prune'
import { auditOptions } from './slot'
import { message, translations } from './translations'

export { AUDIT_EVENTS } from './constants'
export { pruneAuditEvents } from './retention/prune'
export type { AuditPluginOptions } from './types'

/** Hooks on each audited collection and a login entry on the users; each collection must exist already. */
const withAuditedCollections = (config: Config, options: ResolvedAuditOptions): Config => {
  let result = config
  for (const audited of options.collections) {
    if (!(config.collections ?? []).some((c) => c.slug === audited.slug))
      throw new Error(message(undefined, 'error.unknownCollection', { slug: audited.slug }))
    result = mapCollection(result, audited.slug, (collection) =>
      appendHooks(collection, {
        afterChange: [auditChanges(options, audited)],
        afterDelete: [auditDeletes(options)],
        beforeChange: [notePasswordChange],
      }),
    )
  }
  const login = (users: CollectionConfig) => appendHooks(users, { afterLogin: [auditLogin(options)] })
  return mapCollection(result, options.organisation.users, login)
}

/**
 * 監査ログ: the collection `audit-events`, written by the audited collections' hooks, by logins and
 * by any plugin through `recordAuditEvent` (LINE's 決裁 and sending); immutable, read by admins and
 * by the editors of the department concerned, exported as CSV, pruned after the retention period.
 */
export const auditPlugin =
  (pluginOptions: AuditPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const built = buildAuditEvents(options)
    const collection = options.disabled ? built : { ...built, endpoints: [...(built.endpoints || []), exportEndpoint(options)] }
    const [events] = applyOverrides([collection], options.overrides)
    const base = withLeases(withTranslations(withCore(incomingConfig), translations), options.organisation)
    const added = auditOptions.attach({ ...base, collections: [...(base.collections ?? []), events] }, options)
    if (options.disabled) return added
    const recorded = addAuditRecorder(withAuditedCollections(added, options), auditRecorder(options))
    return addBackgroundTasks(recorded, [retentionTask(options)])
  }
