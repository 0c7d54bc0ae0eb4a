import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import { STAFF_NOTICES, TASKS } from '../constants'
import { notificationsOptions } from '../slot'

const DAY_MS = 86_400_000

/** Deletes the notices older than the retention period; returns the cut-off, or null when they are kept for ever. */
export const pruneStaffNotices = async (payload: Payload, now = new Date()): Promise<Date | null> => {
  const { disabled, retentionDays } = notificationsOptions.of(payload)
  if (disabled || retentionDays === false) return null
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  await payload.db.deleteMany({ collection: STAFF_NOTICES, where: { createdAt: { less_than: cutoff.toISOString() } } })
  return cutoff
}

export const retentionTask: BackgroundTask = {
  cron: '0 45 3 * * *',
  name: TASKS.retention,
  run: (payload) => pruneStaffNotices(payload),
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
}
