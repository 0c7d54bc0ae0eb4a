import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import { jstDay } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import type { ResolvedLineOptions } from '../types'

const DAY_MS = 86_400_000

export const RETENTION_TASK = 'line-retention'

/** What one pruning cut: the cut-off of each kind of record, or null where it is kept for ever. */
export type LinePruneResult = { inquiries: Date | null; recipientLists: Date | null; webhookEvents: Date | null }

const cutoffOf = (days: false | number, now: Date) => (days === false ? null : new Date(now.getTime() - days * DAY_MS))

/**
 * Deletes what residents' data is kept for no longer than the retention periods: inquiries by
 * the day they came, processed webhook events (the raw events, message text included), and the
 * LINE user ids of sent or failed batches (their counts stay for the delivery's figures) and the
 * deadline digests of those days. Straight
 * in the database, as one statement each: hooks have nothing to do for rows nobody reads again.
 */
export const pruneLineData = async (payload: Payload, now = new Date()): Promise<LinePruneResult> => {
  const { disabled, retention } = lineOptionsOf(payload)
  if (disabled) return { inquiries: null, recipientLists: null, webhookEvents: null }
  const result: LinePruneResult = {
    inquiries: cutoffOf(retention.inquiryDays, now),
    recipientLists: cutoffOf(retention.recipientListDays, now),
    webhookEvents: cutoffOf(retention.webhookEventDays, now),
  }
  if (result.inquiries) {
    await payload.db.deleteMany({ collection: SLUGS.inquiries, where: { receivedAt: { less_than: result.inquiries.toISOString() } } })
  }
  if (result.webhookEvents) {
    const before = result.webhookEvents.toISOString()
    await payload.db.deleteMany({
      collection: SLUGS.events,
      where: { and: [{ receivedAt: { less_than: before } }, { status: { in: ['done', 'ignored', 'failed'] } }] },
    })
  }
  if (result.recipientLists) {
    await payload.db.updateMany({
      collection: SLUGS.batches,
      data: { recipients: [] },
      returning: false,
      where: { and: [{ updatedAt: { less_than: result.recipientLists.toISOString() } }, { status: { in: ['sent', 'failed'] } }] },
    })
    // Deadline digests are kept as long as recipient lists: who got which day's.
    if (payload.collections[SLUGS.reminders as never]) {
      await payload.db.deleteMany({ collection: SLUGS.reminders, where: { day: { less_than: jstDay(result.recipientLists) } } })
    }
  }
  return result
}

/** The daily pruning, in the one server process of the deployment that holds its lease. */
export const retentionTask = (options: ResolvedLineOptions): BackgroundTask => ({
  cron: options.retention.cron,
  name: RETENTION_TASK,
  run: (payload) => pruneLineData(payload),
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
