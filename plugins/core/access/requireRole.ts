import type { PayloadRequest } from 'payload'

import { errorResponse } from '../errors/response'
import { coreT } from '../translations'
import type { Organisation, SuiteRole } from './organisation'

/**
 * For custom endpoints: the 401 (anonymous) or 403 (signed in without the role) to answer, in the
 * caller's admin language, or null when the user may go on.
 */
export const requireRole = (req: PayloadRequest, organisation: Organisation, role: SuiteRole): null | Response => {
  if (!req.user) return errorResponse(401, coreT(req, 'loginRequired'))
  if (!organisation.hasRole(req.user, role)) return errorResponse(403, coreT(req, `${role}Required`))
  return null
}
