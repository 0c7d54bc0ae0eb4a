import type { Endpoint } from 'payload'

import { errorResponse, parseDocumentId } from '@akita-dx/plugin-core'

import { STAFF_NOTICES } from '../constants'
import { safeAdminPath } from '../delivery/origin'
import { UNREAD_LIST } from '../delivery/unreadList'
import { message } from '../translations'
import { callerOf } from './caller'

/**
 * GET /api/staff-notices/:id/open: marks the caller's notice as read and takes them to what it
 * is about (a path under the admin only). Someone else's notice is answered as not found.
 */
export const openEndpoint: Endpoint = {
  handler: async (req) => {
    const caller = callerOf(req)
    if (caller instanceof Response) return caller
    const id = parseDocumentId(req.payload, req.routeParams?.id)
    if (id === null) return errorResponse(404, message(req, 'error.notFound'))
    const { docs } = await req.payload.find({
      collection: STAFF_NOTICES,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { and: [{ id: { equals: id } }, { recipient: { equals: caller.id } }] },
    })
    const notice = docs[0]
    if (!notice) return errorResponse(404, message(req, 'error.notFound'))
    if (!notice.readAt)
      await req.payload.update({
        collection: STAFF_NOTICES,
        data: { readAt: new Date().toISOString() },
        depth: 0,
        id: notice.id,
        overrideAccess: true,
        req,
      })
    const target = `${req.payload.config.routes.admin}${safeAdminPath(notice.url as string) ?? UNREAD_LIST}`
    return new Response(null, { headers: { 'Cache-Control': 'no-store', Location: target }, status: 302 })
  },
  method: 'get',
  path: '/:id/open',
}
