import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Creates a document unless one matching `existing` (its unique key) is already there; true when
 * this call created it. Two processes racing on the same key leave one row: the loser's
 * unique-constraint error is answered by finding the winner's, and any other error is thrown.
 */
export const createOnce = async (
  payload: Payload,
  collection: CollectionSlug | string,
  existing: Where,
  data: Record<string, unknown>,
): Promise<boolean> => {
  const count = async () =>
    (await payload.count({ collection: collection as CollectionSlug, overrideAccess: true, where: existing })).totalDocs
  if ((await count()) > 0) return false
  try {
    await payload.create({ collection: collection as CollectionSlug, data: data as never, depth: 0, overrideAccess: true })
    return true
  } catch (error) {
    if ((await count()) === 0) throw error
    return false
  }
}
