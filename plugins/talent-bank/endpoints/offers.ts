import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse, jsonResponse, parseDocumentId, readJsonObject, requireRole } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions } from '../types'

import { HELP_MATCHES, HELP_REQUESTS, STAFF_PROFILES } from '../constants'
import { message } from '../translations'
import { offerErrorResponse } from './offerErrors'

type ID = number | string

/** Found as the caller may see it: what they cannot read does not exist for them. */
const visible = (req: PayloadRequest, collection: typeof HELP_REQUESTS | typeof STAFF_PROFILES, id: ID) =>
  req.payload.findByID({ collection, depth: 0, disableErrors: true, id, overrideAccess: false, req, user: req.user })

/**
 * POST /api/help-requests/:id/offers { profile, message? }: the requesting department offers the
 * request to a candidate. The match is created through the Local API with the caller's access,
 * so the collection's rules (who may propose, duplicates, 募集中 only, the log) apply unchanged.
 */
export const offersEndpoint = (options: ResolvedTalentBankOptions): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, options.organisation, 'editor')
    if (refused) return refused
    const requestId = parseDocumentId(req.payload, req.routeParams?.id)
    if (requestId === null) return errorResponse(404, message(req, 'error.helpRequestMissing', { id: String(req.routeParams?.id) }))
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const profileId = parseDocumentId(req.payload, body.profile)
    if (profileId === null) return errorResponse(400, message(req, 'error.offerProfileRequired'), { field: 'profile' })
    if (!(await visible(req, HELP_REQUESTS, requestId))) {
      return errorResponse(404, message(req, 'error.helpRequestMissing', { id: String(requestId) }))
    }
    if (!(await visible(req, STAFF_PROFILES, profileId))) {
      return errorResponse(404, message(req, 'error.profileMissing', { id: String(profileId) }), { field: 'profile' })
    }
    const note = typeof body.message === 'string' ? body.message : undefined
    try {
      const doc = await req.payload.create({
        collection: HELP_MATCHES,
        data: { helpRequest: requestId, message: note, profile: profileId } as never,
        depth: 0,
        overrideAccess: false,
        req,
        user: req.user,
      })
      return jsonResponse(doc, 201)
    } catch (error) {
      return offerErrorResponse(req, error)
    }
  },
  method: 'post',
  path: '/:id/offers',
})
