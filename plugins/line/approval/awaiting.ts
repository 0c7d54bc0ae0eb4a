import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { SLUGS } from '../constants'
import { decisionRight } from './rules'

/**
 * The requests awaiting approval this user may decide (readable, not their own, and they are an
 * approver for them), newest first: what the dashboard and the deliveries list point them to.
 */
export const requestsAwaiting = async (payload: Payload, user: null | TypedUser | undefined) => {
  if (!user) return []
  const req = { payload, user } as PayloadRequest
  const { docs } = await payload.find({
    collection: SLUGS.deliveries,
    depth: 0,
    limit: 100,
    overrideAccess: false,
    select: { department: true, documentTitle: true, requestedBy: true, scheduledAt: true, status: true },
    sort: '-createdAt',
    user,
    where: { status: { equals: 'awaiting_approval' } },
  })
  const decidable = []
  for (const doc of docs) if ((await decisionRight(req, doc as Record<string, unknown>)) === 'allowed') decidable.push(doc)
  return decidable
}
