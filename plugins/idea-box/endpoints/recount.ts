import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint } from 'payload'

import { errorResponse, jsonResponse, requireRole } from '@akita-dx/plugin-core'

import { IDEA_COMMENTS, IDEA_VOTES, IDEAS } from '../constants'
import { message } from '../translations'
import { setFields } from '../utilities/counters'

/**
 * POST /api/ideas/:id/recount (admins): recomputes votesCount and commentsCount from the votes
 * and comments themselves, for repairs after rows were changed outside Payload.
 */
export const recountEndpoint = (organisation: Organisation): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, organisation, 'admin')
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const idea = await req.payload.findByID({ id, collection: IDEAS, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!idea) return errorResponse(404, message(req, 'error.ideaNotFound', { id }))
    const [votes, comments] = await Promise.all([
      req.payload.count({ collection: IDEA_VOTES, overrideAccess: true, req, where: { idea: { equals: idea.id } } }),
      req.payload.count({
        collection: IDEA_COMMENTS,
        overrideAccess: true,
        req,
        where: { and: [{ idea: { equals: idea.id } }, { deleted: { not_equals: true } }, { moderation: { equals: 'visible' } }] },
      }),
    ])
    const counts = { commentsCount: comments.totalDocs, votesCount: votes.totalDocs }
    await setFields(req, IDEAS, idea.id, counts)
    return jsonResponse({ id: idea.id, ...counts })
  },
  method: 'post',
  path: '/:id/recount',
})
