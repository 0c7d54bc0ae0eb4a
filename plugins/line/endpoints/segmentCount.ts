import type { Endpoint, PayloadRequest } from 'payload'

import { SLUGS } from '../constants'
import { findSegmentRules } from '../delivery/findSegmentRules'
import { countWarnings, recipientsWhere, type SegmentRule } from '../utilities/segmentWhere'
import { json, readBody, requireEditor } from './helpers'

const stringList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

// A text id where the database has numeric ids would be a query error on PostgreSQL, not a 400.
const idChecker = (req: PayloadRequest) =>
  req.payload.db.defaultIDType === 'number'
    ? (value: unknown): value is number | string => /^\d{1,15}$/.test(String(value))
    : (value: unknown): value is number | string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value)

/** The saved segments' rules, or a 400 naming the ids that are not segments. */
const savedRules = async (req: PayloadRequest, value: unknown): Promise<Response | SegmentRule[]> => {
  if (!Array.isArray(value) || value.length === 0 || value.length > 50 || !value.every(idChecker(req))) {
    return json({ error: 'segments はセグメント ID の配列（1〜50 件）で指定してください' }, 400)
  }
  const docs = await findSegmentRules(req.payload, value)
  const found = new Set(docs.map((d) => String(d.id)))
  const missing = value.filter((id) => !found.has(String(id)))
  if (missing.length) return json({ error: `セグメント ${missing.join(', ')} がありません` }, 400)
  return docs
}

/**
 * `POST /api/line-segments/count`: how many followers are reached right now, for the live counts
 * in the admin. Body: a rule being edited `{ municipalities, ageBands, interests, combinator }`,
 * or saved segments `{ segments: [id, …] }` (their union, as a live delivery would freeze it).
 */
export const segmentCountEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    let rules: SegmentRule[]
    if (body.segments !== undefined) {
      const saved = await savedRules(req, body.segments)
      if (saved instanceof Response) return saved
      rules = saved
    } else {
      if (body.combinator !== undefined && body.combinator !== null && body.combinator !== 'and' && body.combinator !== 'or') {
        return json({ error: 'combinator は "and" か "or" です' }, 400)
      }
      rules = [
        {
          ageBands: stringList(body.ageBands),
          combinator: (body.combinator as 'and' | 'or' | undefined) ?? 'and',
          interests: stringList(body.interests),
          municipalities: stringList(body.municipalities),
        },
      ]
    }
    const { totalDocs } = await req.payload.count({
      collection: SLUGS.subscribers,
      overrideAccess: true,
      where: recipientsWhere(rules),
    })
    return json({ count: totalDocs, warnings: countWarnings(totalDocs) })
  },
  method: 'post',
  path: '/count',
})
