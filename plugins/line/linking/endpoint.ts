import type { Endpoint } from 'payload'

import { jsonResponse, requireRole } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions } from '../types'
import { createLinkCode } from './link'

/**
 * `POST /api/line-link-codes/new`: a one-time code (10 minutes) the signed-in member of staff sends
 * to the official account from their phone, to link that LINE to their account (test sends go there).
 */
export const newLinkCodeEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'staff')
    if (denied) return denied
    return jsonResponse(await createLinkCode(req), 201, { 'Cache-Control': 'no-store' })
  },
  method: 'post',
  path: '/new',
})
