import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import type { SegmentRule } from './rule'

/**
 * The saved segments with these ids (their rules, with `id`), for the freeze of a live delivery
 * and for the admin's count of the same union; ids that are not segments are simply not found.
 */
export const findSegmentRules = async (payload: Payload, ids: (number | string)[]) => {
  const found = await payload.find({
    collection: SLUGS.segments,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  return found.docs as (SegmentRule & { id: number | string })[]
}
