import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import { jstDay } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { analyticsOptionsOf } from '../options'
import type { ResolvedAnalyticsOptions } from '../types'

const DAY_MS = 86_400_000

export const RETENTION_TASK = 'line-analytics-retention'

/**
 * Deletes the click rows of JST days before the retention period, straight in the database: the
 * rows' delete hook would recount their days, and the roll-up of those days is what is kept.
 * Returns the first day kept, or null when clicks are kept for ever.
 */
export const pruneClicks = async (payload: Payload, now = new Date()): Promise<null | string> => {
  const { clickRetentionDays, disabled } = analyticsOptionsOf(payload)
  if (disabled || clickRetentionDays === false) return null
  const firstKept = jstDay(now.getTime() - clickRetentionDays * DAY_MS)
  await payload.db.deleteMany({ collection: SLUGS.clicks, where: { day: { less_than: firstKept } } })
  return firstKept
}

/** The daily pruning, in the one server process of the deployment that holds its lease. */
export const clickRetentionTask = (options: ResolvedAnalyticsOptions): BackgroundTask => ({
  cron: options.retentionCron,
  name: RETENTION_TASK,
  run: (payload) => pruneClicks(payload),
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
