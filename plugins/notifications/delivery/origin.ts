import type { Payload } from 'payload'

import { notificationsOptions } from '../slot'

/** The admin's absolute address of a path under the admin route, for links sent outside the admin. */
export const adminLink = (payload: Payload, path: string): string => {
  const origin = notificationsOptions.of(payload).publicOrigin || payload.config.serverURL || process.env.PUBLIC_URL?.trim()
  return `${(origin || 'http://localhost:3000').replace(/\/+$/, '')}${payload.config.routes.admin}${path}`
}

/** An admin path a notice may point at: one path under the admin, never another site (`//evil`, `https:`). */
export const safeAdminPath = (url: null | string | undefined): null | string =>
  typeof url === 'string' && /^\/(?![/\\])[^\s]*$/.test(url) ? url : null
