import type { Endpoint } from 'payload'

import { errorResponse, jsonResponse, parseDocumentId, requireRole, trackRecordOf } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { STAFF_PROFILES } from '../constants'
import { message } from '../translations'

/**
 * GET /api/staff-profiles/:id/track-record: the profile's 実績 (help given here, and whatever other
 * plugins keep, such as adopted ideas), one section per kind, newest first. A profile the caller may
 * not read is a 404, as in the collection's own REST.
 */
export const trackRecordEndpoint = (options: ResolvedTalentBankOptions): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, options.organisation, 'staff')
    if (refused) return refused
    const raw = req.routeParams?.id
    const id = parseDocumentId(req.payload, raw)
    const missing = () => errorResponse(404, message(req, 'error.profileMissing', { id: String(raw ?? '') }))
    if (id === null) return missing()
    const profile = await req.payload.findByID({
      collection: STAFF_PROFILES,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: false,
      req,
      select: { user: true },
      user: req.user,
    })
    const owner = idOf(profile?.user)
    if (!profile || owner === null) return missing()
    return jsonResponse({ sections: await trackRecordOf(req, owner) })
  },
  method: 'get',
  path: '/:id/track-record',
})
