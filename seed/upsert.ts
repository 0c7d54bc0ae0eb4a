import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/**
 * Creates the document unless one already matches `where`. Existing documents are left as
 * they are, so seeding never overwrites what an editor changed.
 */
export const createIfMissing = async <T extends CollectionSlug>(
  payload: Payload,
  collection: T,
  where: Where,
  data: RequiredDataFromCollectionSlug<T>,
  options: { draft?: boolean } = {},
): Promise<{ created: boolean; id: number | string }> => {
  const existing = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, where })
  if (existing.docs[0]) return { created: false, id: existing.docs[0].id }
  const doc = await payload.create({ collection, data, draft: options.draft, overrideAccess: true })
  return { created: true, id: doc.id }
}

/** Finds a document id by one field's value, or fails loudly: a seed step depends on an earlier one. */
export const idBy = async (payload: Payload, collection: CollectionSlug, field: string, value: string) => {
  const found = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { [field]: { equals: value } },
  })
  const doc = found.docs[0]
  if (!doc) throw new Error(`seed: ${collection} with ${field}=${value} is missing; run the earlier steps first`)
  return doc.id
}
