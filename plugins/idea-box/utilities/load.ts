import type { CollectionSlug, PayloadRequest } from 'payload'

import { actorOf } from './actor'

/**
 * A document as the requesting user may see it (access applied, inside the request's
 * transaction), or null: voting on, replying to or reporting something you cannot read must
 * fail the same way as for something that does not exist.
 */
export const loadVisible = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<null | Record<string, unknown>> => {
  const doc = await req.payload.findByID({
    id,
    collection,
    depth: 0,
    disableErrors: true,
    overrideAccess: actorOf(req).system,
    req,
  })
  return (doc as null | Record<string, unknown>) ?? null
}

/** A document regardless of access (the plugin's own bookkeeping). */
export const loadAny = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<null | Record<string, unknown>> => {
  const doc = await req.payload.findByID({ id, collection, depth: 0, disableErrors: true, overrideAccess: true, req })
  return (doc as null | Record<string, unknown>) ?? null
}
