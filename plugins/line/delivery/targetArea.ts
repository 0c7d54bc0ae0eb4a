import type { PayloadRequest } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'

import { sourcePart } from '../defaults'
import { findSegmentRules } from '../segments/find'
import { nonEmpty, reachesBeyond } from '../segments/rule'
import { lineT } from '../translations'

type Source = { doc: Record<string, unknown>; fields: { municipalities: null | string } }

/**
 * A live send to segments that reach beyond the document's own 対象市町村 (a 横手市 notice sent to
 * the whole prefecture) is refused unless the request says so (`municipalityOverride: true`),
 * which the delivery keeps. A document for the whole prefecture (or of a collection without
 * 対象市町村) fits any segment. Checked for requests made on a user's behalf. Returns whether the
 * override was needed.
 */
export const checkTargetArea = async (req: PayloadRequest, data: Record<string, unknown>, source: Source): Promise<boolean> => {
  const targets = nonEmpty(sourcePart(source.doc, source.fields.municipalities))
  // Server code sending on its own account decides for itself, as it needs no approval either.
  if (!req.user || data.mode !== 'live' || targets.length === 0) return false
  const ids = (data.segments as (number | string)[]).filter((id) => typeof id === 'number' || typeof id === 'string')
  const beyond = (await findSegmentRules(req.payload, ids)).filter((rule) => reachesBeyond(rule, targets))
  if (beyond.length === 0) return false
  if (data.municipalityOverride === true) return true
  const names = beyond.map((rule) => `「${String((rule as { name?: unknown }).name ?? rule.id)}」`).join('')
  throw badRequest(lineT(req, 'errorOutsideTarget', { segments: names }), 'municipalityOverride')
}
