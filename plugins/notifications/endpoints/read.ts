import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse, jsonResponse, readJsonObject } from '@akita-dx/plugin-core'

import { STAFF_NOTICES } from '../constants'
import { message } from '../translations'
import { callerOf, unreadOf } from './caller'

const MAX_IDS = 500

type Selection = { all: true } | { ids: (number | string)[] }

const selectionOf = (req: PayloadRequest, body: Record<string, unknown>): Response | Selection => {
  if (body.all === true) return { all: true }
  const { ids } = body
  const valid = Array.isArray(ids) && ids.length > 0 && ids.every((id) => (typeof id === 'string' && id.length > 0) || Number.isInteger(id))
  if (!valid) return errorResponse(400, message(req, 'error.idsRequired'), { field: 'ids' })
  if (ids.length > MAX_IDS) return errorResponse(400, message(req, 'error.tooManyIds', { max: MAX_IDS }), { field: 'ids' })
  return { ids: ids as (number | string)[] }
}

/**
 * POST /api/staff-notices/read `{ ids: [...] }` or `{ all: true }`: marks the caller's own unread
 * notices as read (ids of someone else's are simply not theirs to mark) and answers how many.
 */
export const readEndpoint: Endpoint = {
  handler: async (req) => {
    const caller = callerOf(req)
    if (caller instanceof Response) return caller
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const selection = selectionOf(req, body)
    if (selection instanceof Response) return selection
    const { docs } = await req.payload.update({
      collection: STAFF_NOTICES,
      data: { readAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
      where: unreadOf(caller, 'ids' in selection ? [{ id: { in: selection.ids } }] : []),
    })
    return jsonResponse({ updated: docs.length })
  },
  method: 'post',
  path: '/read',
}

/** GET /api/staff-notices/unread-count: the number under the admin's bell. */
export const unreadCountEndpoint: Endpoint = {
  handler: async (req) => {
    const caller = callerOf(req)
    if (caller instanceof Response) return caller
    const { totalDocs } = await req.payload.count({ collection: STAFF_NOTICES, overrideAccess: true, req, where: unreadOf(caller) })
    return jsonResponse({ count: totalDocs }, 200, { 'Cache-Control': 'no-store' })
  },
  method: 'get',
  path: '/unread-count',
}
