import type { ID } from '@akita-dx/plugin-core/shared'

import type { MatchStatus } from '../constants'

/** Statuses in which an offer still stands: another one for the same person would be a duplicate. */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['proposed', 'accepted']

export const isOpenStatus = (status: MatchStatus) => OPEN_MATCH_STATUSES.includes(status)

/**
 * The value of the unique `openOffer` column while an offer stands, null once it is closed.
 * The database, not a read before the write, keeps racing offers of one person for one request
 * to exactly one: the propose hook's count cannot see a parallel insert.
 */
export const openOfferKey = (requestId: ID, profileId: ID) => `${requestId}:${profileId}`
