import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse, jsonResponse, readJsonObject, requireRole } from '@akita-dx/plugin-core'

import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { countRuleRecipients, countWarnings } from './count'
import { findSegmentRules } from './find'
import type { SegmentRule } from './rule'

const stringList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

// A text id where the database has numeric ids would be a query error on PostgreSQL, not a 400.
const idChecker = (req: PayloadRequest) =>
  req.payload.db.defaultIDType === 'number'
    ? (value: unknown): value is number | string => /^\d{1,15}$/.test(String(value))
    : (value: unknown): value is number | string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value)

/** The saved segments' rules, or a 400 naming the ids that are not segments. */
const savedRules = async (req: PayloadRequest, value: unknown): Promise<Response | SegmentRule[]> => {
  if (!Array.isArray(value) || value.length === 0 || value.length > 50 || !value.every(idChecker(req))) {
    return errorResponse(400, lineT(req, 'errorSegmentIds'), { field: 'segments' })
  }
  const docs = await findSegmentRules(req.payload, value)
  const found = new Set(docs.map((d) => String(d.id)))
  const missing = value.filter((id) => !found.has(String(id)))
  if (missing.length) return errorResponse(400, lineT(req, 'errorSegmentsMissing', { ids: missing.join(', ') }), { field: 'segments' })
  return docs
}

/** A rule being edited, or a 400 for a combinator that is neither and nor or. */
const editedRule = (req: PayloadRequest, body: Record<string, unknown>): Response | SegmentRule[] => {
  if (body.combinator !== undefined && body.combinator !== null && body.combinator !== 'and' && body.combinator !== 'or') {
    return errorResponse(400, lineT(req, 'errorCombinator'), { field: 'combinator' })
  }
  return [
    {
      ageBands: stringList(body.ageBands),
      combinator: (body.combinator as 'and' | 'or' | undefined) ?? 'and',
      interests: stringList(body.interests),
      municipalities: stringList(body.municipalities),
    },
  ]
}

/**
 * `POST /api/line-segments/count`: how many followers are reached right now, for the live counts
 * in the admin. Body: a rule being edited `{ municipalities, ageBands, interests, combinator }`,
 * or saved segments `{ segments: [id, …] }` (their union, as a live delivery would freeze it).
 */
export const segmentCountEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const rules = body.segments !== undefined ? await savedRules(req, body.segments) : editedRule(req, body)
    if (rules instanceof Response) return rules
    const count = await countRuleRecipients(req.payload, rules)
    return jsonResponse({ count, warnings: countWarnings(count, req) })
  },
  method: 'post',
  path: '/count',
})
