import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Adds `by` to a number field in one UPDATE … SET field = field + by statement, inside the
 * request's transaction when there is one. Counters are never read-modified-written: two votes
 * at the same instant each add one, and a rolled-back vote rolls its increment back with it.
 * Returns the document as stored after the change (null when it is gone).
 */
export const incrementField = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  field: string,
  by: number,
): Promise<null | Record<string, unknown>> => {
  if (by === 0) return null
  return (await req.payload.db.updateOne({
    id,
    collection,
    data: { [field]: { $inc: by } },
    req,
  })) as unknown as null | Record<string, unknown>
}

/** Sets top-level scalar fields without running hooks or touching other columns. */
export const setFields = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  data: Record<string, unknown>,
): Promise<void> => {
  await req.payload.db.updateOne({ id, collection, data, req, returning: false })
}
