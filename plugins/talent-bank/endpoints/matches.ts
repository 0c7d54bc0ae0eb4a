import type { Endpoint } from 'payload'

import { errorResponse, jsonResponse, requireRole } from '@akita-dx/plugin-core'
import { sameId } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { HELP_REQUESTS } from '../constants'
import { findCandidates, type HelpRequestDoc } from '../matching/candidates'
import { message } from '../translations'

/**
 * GET /api/help-requests/:id/matches?limit=N: ranked candidates with a score and the reasons,
 * for the editors of the requesting department and admins.
 */
export const matchesEndpoint = (options: ResolvedTalentBankOptions): Endpoint => ({
  handler: async (req) => {
    const { departmentOf, isAdminUser } = options.organisation
    const refused = requireRole(req, options.organisation, 'editor')
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const missing = () => errorResponse(404, message(req, 'error.helpRequestMissing', { id }))
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return missing()
    const limitParam = new URL(req.url ?? 'http://localhost').searchParams.get('limit')
    const limit = limitParam === null ? options.maxCandidates : Number(limitParam)
    if (!Number.isInteger(limit) || limit < 1 || limit > options.maxCandidates) {
      return errorResponse(400, message(req, 'error.limitRange', { max: options.maxCandidates }), { field: 'limit' })
    }
    const helpRequest = await req.payload.findByID({
      collection: HELP_REQUESTS,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      req,
    })
    if (!helpRequest) return missing()
    if (!isAdminUser(req.user) && !sameId(helpRequest.department, departmentOf(req.user))) {
      return errorResponse(403, message(req, 'error.candidatesDepartmentOnly'))
    }
    const ranked = await findCandidates(req, helpRequest as unknown as HelpRequestDoc, options, limit)
    return jsonResponse({ docs: ranked.map(({ profile, reasons, score }) => ({ profile, reasons, score })), totalDocs: ranked.length })
  },
  method: 'get',
  path: '/:id/matches',
})
