import type { PayloadRequest } from 'payload'

import { refuseInput } from '../errors/refusal'
import { coreT } from '../translations'
import { isPlainObject, nestsDeeperThan, nulPathOf } from './shape'

/**
 * How deeply a document's data may nest. Rich text nests about four levels per list level; a
 * deeper body is no document but an attempt to exhaust the stack of the recursive code that
 * copies, validates and stores it.
 */
export const MAX_BODY_DEPTH = 64

/**
 * The data of a create or update is a JSON object (an upload may send only its file), nests at
 * most MAX_BODY_DEPTH levels and holds no NUL character: PostgreSQL cannot store one in text and
 * SQLite cuts the text there, so `a\0b` would silently become `a`. Refused as 400 rather than
 * stored differently on each database. Returns the data to use.
 */
export const checkBody = (req: PayloadRequest, operation: string, data: unknown): unknown => {
  const writes = operation === 'create' || operation === 'update'
  if (writes && data === undefined && req.file) return {}
  if (writes && !isPlainObject(data)) throw refuseInput(coreT(req, 'jsonObjectRequired'))
  if (data === undefined || data === null) return data
  if (nestsDeeperThan(data, MAX_BODY_DEPTH)) throw refuseInput(coreT(req, 'bodyTooDeep', { max: MAX_BODY_DEPTH }))
  const nul = nulPathOf(data)
  if (nul !== null) throw refuseInput(coreT(req, 'nulCharacter', { field: nul }), nul)
  return data
}
