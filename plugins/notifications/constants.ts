/** Slug of the stored notices. */
export const STAFF_NOTICES = 'staff-notices'

/** The users' field holding how each person wants to hear of their notices. */
export const DELIVERY_FIELD = 'noticeDelivery'

/** How a person hears of a notice besides the admin's list: at once, in a digest, or only in the admin. */
export const DELIVERY_MODES = ['immediate', 'daily', 'weekly', 'adminOnly'] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]

/** The digests' cadences. */
export const CADENCES = ['daily', 'weekly'] as const
export type Cadence = (typeof CADENCES)[number]

/** Names of the background tasks (and of the leases that keep each to one process). */
export const TASKS = { daily: 'notices-digest-daily', retention: 'notices-retention', weekly: 'notices-digest-weekly' } as const
