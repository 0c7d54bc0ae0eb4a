import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import type { ResolvedAuditOptions } from '../types'

import { AUDIT_EVENTS, RETENTION_TASK } from '../constants'
import { auditOptions } from '../slot'

const DAY_MS = 86_400_000

/**
 * Deletes the entries older than the retention period, directly in the database: the collection
 * refuses every delete through Payload, so that nothing but this removes an entry. Returns the
 * cut-off, or null when entries are kept for ever.
 */
export const pruneAuditEvents = async (payload: Payload, now = new Date()): Promise<Date | null> => {
  const { disabled, retentionDays } = auditOptions.of(payload)
  if (disabled || retentionDays === false) return null
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  await payload.db.deleteMany({ collection: AUDIT_EVENTS, where: { createdAt: { less_than: cutoff.toISOString() } } })
  return cutoff
}

/** The daily pruning, in the one server process of the deployment that holds its lease. */
export const retentionTask = (options: ResolvedAuditOptions): BackgroundTask => ({
  cron: options.retentionCron,
  name: RETENTION_TASK,
  run: (payload) => pruneAuditEvents(payload),
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
