import type { Payload } from 'payload'

import { SLUGS } from '../constants'

/** The successful snapshots of deliveries, oldest first (so the last of a delivery is its latest figures). */
export const readSnapshots = async (payload: Payload, deliveries: (number | string)[]) => {
  if (deliveries.length === 0) return []
  const found = await payload.find({
    collection: SLUGS.snapshots,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'fetchedAt',
    where: { and: [{ delivery: { in: deliveries } }, { status: { equals: 'ok' } }] },
  })
  return found.docs
}
