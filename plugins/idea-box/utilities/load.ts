import type { CollectionSlug, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

const load = async (req: PayloadRequest, collection: CollectionSlug, id: number | string, overrideAccess: boolean) =>
  ((await req.payload.findByID({ id, collection, depth: 0, disableErrors: true, overrideAccess, req })) as Doc | null) ?? null

/**
 * A document as the requesting user may see it (access applied, inside the request's
 * transaction), or null: voting on, replying to or reporting something you cannot read must
 * fail the same way as for something that does not exist. Without a user (seed) access is off.
 */
export const loadVisible = (req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<Doc | null> =>
  load(req, collection, id, !req.user)

/** A document regardless of access (the plugin's own bookkeeping). */
export const loadAny = (req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<Doc | null> =>
  load(req, collection, id, true)
