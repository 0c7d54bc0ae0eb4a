import type { PayloadRequest, Where } from 'payload'

import { errorResponse, requireRole } from '@akita-dx/plugin-core'

import { notificationsOptions } from '../slot'
import { message } from '../translations'

/** The signed-in member of staff the request acts for, or the answer to give (401/403 as core's, or 404 while the plugin is off). */
export const callerOf = (req: PayloadRequest): Response | { id: number | string } => {
  const options = notificationsOptions.of(req.payload)
  if (options.disabled) return errorResponse(404, message(req, 'error.disabled'))
  return requireRole(req, options.organisation, 'staff') ?? { id: req.user!.id }
}

/** The caller's notices not yet read, optionally only some of them. */
export const unreadOf = (caller: { id: number | string }, more: Where[] = []): Where => ({
  and: [{ recipient: { equals: caller.id } }, { readAt: { exists: false } }, ...more],
})
