import type { Endpoint } from 'payload'

import { isAdminUser } from '../../../src/access'
import { IDEA_COMMENTS, IDEA_VOTES, IDEAS } from '../constants'
import { setFields } from '../utilities/counters'

/**
 * POST /api/ideas/:id/recount (admins) — recomputes votesCount and commentsCount from the votes
 * and comments themselves, for repairs after rows were changed outside Payload.
 */
export const recountEndpoint = (): Endpoint => ({
  handler: async (req) => {
    if (!isAdminUser(req.user)) {
      return Response.json({ errors: [{ message: '件数の再計算は管理者だけが実行できます' }] }, { status: 403 })
    }
    const id = req.routeParams?.id as string
    const idea = await req.payload.findByID({ id, collection: IDEAS, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!idea) return Response.json({ errors: [{ message: `提案 ${id} が見つかりません` }] }, { status: 404 })
    const [votes, comments] = await Promise.all([
      req.payload.count({ collection: IDEA_VOTES, overrideAccess: true, req, where: { idea: { equals: idea.id } } }),
      req.payload.count({
        collection: IDEA_COMMENTS,
        overrideAccess: true,
        req,
        where: {
          and: [{ idea: { equals: idea.id } }, { deleted: { not_equals: true } }, { moderation: { equals: 'visible' } }],
        },
      }),
    ])
    const counts = { commentsCount: comments.totalDocs, votesCount: votes.totalDocs }
    await setFields(req, IDEAS, idea.id, counts)
    return Response.json({ id: idea.id, ...counts })
  },
  method: 'post',
  path: '/:id/recount',
})
