import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { refuseInput } from '../errors/refusal'
import { coreT } from '../translations'

/** Whether a collection's ids are numbers: SQL databases' serial ids, unless the collection has text ids of its own. */
export const hasNumericIds = (req: PayloadRequest, collection: SanitizedCollectionConfig): boolean =>
  (req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType) === 'number'

const isWholeNumber = (id: unknown) =>
  typeof id === 'number' ? Number.isSafeInteger(id) : typeof id === 'string' && /^-?\d{1,15}$/.test(id.trim())

/**
 * A document id that cannot exist (`abc` where ids are numbers) is a 404, as for any id nobody
 * has: Payload's REST API turns it into NaN, which SQLite refuses to bind and PostgreSQL to cast.
 */
export const checkDocumentId = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  args: { duplicateFromID?: unknown; id?: unknown },
) => {
  if (!hasNumericIds(req, collection)) return
  for (const id of [args.id, args.duplicateFromID]) {
    if (id !== undefined && !isWholeNumber(id)) throw refuseInput(coreT(req, 'notFound'), 'id', 404)
  }
}

/**
 * An id from a route or a body as the database spells it, or null when no document could have
 * it (text where ids are numbers would be a query error on PostgreSQL, not a 404).
 */
export const parseDocumentId = (payload: PayloadRequest['payload'], value: unknown): null | number | string => {
  const numeric = payload.db.defaultIDType === 'number'
  if (typeof value === 'number') return numeric && Number.isSafeInteger(value) && value > 0 ? value : null
  if (typeof value !== 'string' || !value.trim()) return null
  if (!numeric) return value
  return /^\d{1,15}$/.test(value) ? Number(value) : null
}
