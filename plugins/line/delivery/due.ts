import type { Where } from 'payload'

import { matchesWhere, processHolderId } from '@akita-dx/plugin-core'

/**
 * The one rule of which deliveries are due: scheduled ones whose time has come, and sending ones
 * whose owner stopped renewing its claim (a crashed process) or that this process owns. The
 * scheduler finds work with it and claims work with it (compare-and-set on the same `Where`).
 */
export const dueDeliveryWhere = (now: Date, holder: string = processHolderId): Where => {
  const at = now.toISOString()
  return {
    or: [
      {
        and: [{ status: { equals: 'scheduled' } }, { or: [{ scheduledAt: { exists: false } }, { scheduledAt: { less_than_equal: at } }] }],
      },
      {
        and: [
          { status: { equals: 'sending' } },
          {
            or: [
              { claimedBy: { equals: holder } },
              { claimedBy: { exists: false } },
              { claimedUntil: { exists: false } },
              { claimedUntil: { less_than: at } },
            ],
          },
        ],
      },
    ],
  }
}

/** The same rule for one delivery in memory (a just-created one, before any query sees it). */
export const isDue = (delivery: Record<string, unknown>, now: Date = new Date()): boolean => matchesWhere(delivery, dueDeliveryWhere(now))
