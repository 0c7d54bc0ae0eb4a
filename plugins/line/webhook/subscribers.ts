import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import type { SubscriberState } from '../residents/conversation'

export type SubscriberRow = SubscriberState & {
  consentAt?: null | string
  consentVersion?: null | string
  followedAt?: null | string
  followState?: string
  id: number | string
}

export const findSubscriber = async (payload: Payload, lineUserId: string) => {
  const found = await payload.find({
    collection: SLUGS.subscribers,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { lineUserId: { equals: lineUserId } },
  })
  return found.docs[0] as SubscriberRow | undefined
}

export const newSubscriber = () => ({ followState: 'following', followedAt: new Date().toISOString() })
