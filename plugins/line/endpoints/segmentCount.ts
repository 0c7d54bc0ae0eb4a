import type { Endpoint } from 'payload'

import { SLUGS } from '../constants'
import { countWarnings, recipientsWhere, type SegmentRule } from '../utilities/segmentWhere'
import { json, readBody, requireEditor } from './helpers'

const stringList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/**
 * `POST /api/line-segments/count { municipalities, ageBands, interests, combinator }`: how many
 * followers a rule reaches right now, for the live count in the segment editor.
 */
export const segmentCountEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    if (body.combinator !== undefined && body.combinator !== null && body.combinator !== 'and' && body.combinator !== 'or') {
      return json({ error: 'combinator は "and" か "or" です' }, 400)
    }
    const rule: SegmentRule = {
      ageBands: stringList(body.ageBands),
      combinator: (body.combinator as 'and' | 'or' | undefined) ?? 'and',
      interests: stringList(body.interests),
      municipalities: stringList(body.municipalities),
    }
    const { totalDocs } = await req.payload.count({
      collection: SLUGS.subscribers,
      overrideAccess: true,
      where: recipientsWhere([rule]),
    })
    return json({ count: totalDocs, warnings: countWarnings(totalDocs) })
  },
  method: 'post',
  path: '/count',
})
