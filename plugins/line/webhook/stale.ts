import type { Where } from 'payload'

/**
 * The one rule of which webhook events a process may take: `pending` ones (with `staleOnly`,
 * only those older than the lease, i.e. not just queued by a live process) and `processing` ones
 * whose claim is older than the lease (their process died). The sweeper finds events with it and
 * `claimEvent` claims them with it.
 */
export const unfinishedEventWhere = (cutoff: string, { staleOnly }: { staleOnly: boolean }): Where => ({
  or: [
    staleOnly ? { and: [{ status: { equals: 'pending' } }, { receivedAt: { less_than: cutoff } }] } : { status: { equals: 'pending' } },
    { and: [{ status: { equals: 'processing' } }, { claimedAt: { less_than: cutoff } }] },
    // Left 'processing' by a version that kept no claim time: its last write tells its age.
    { and: [{ status: { equals: 'processing' } }, { claimedAt: { exists: false } }, { updatedAt: { less_than: cutoff } }] },
  ],
})
