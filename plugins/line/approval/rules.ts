import type { PayloadRequest } from 'payload'

import { sameId } from '@akita-dx/plugin-core/shared'

import { sendsForAll } from '../delivery/ownership'
import { lineOptionsOf } from '../options'
import type { ResolvedLineOptions } from '../types'

/** The users' field that marks an editor as 配信承認者 (added by the plugin, set by admins). */
export const APPROVER_FIELD = 'lineApprover'

/**
 * The one rule of which deliveries wait for approval: live ones a user asks for. Code on the
 * server (the Local API without a user: seeds, imports, a pre-approved template) is trusted.
 */
export const needsApproval = (req: PayloadRequest, options: ResolvedLineOptions, data: Record<string, unknown>): boolean =>
  options.approval.required && data.mode === 'live' && Boolean(req.user)

/** Admins, and approvers of the delivery's department or of a department that sends for all. */
const defaultApprover = async (req: PayloadRequest, delivery: Record<string, unknown>, options: ResolvedLineOptions) => {
  const { organisation } = options
  if (organisation.isAdminUser(req.user)) return true
  if (!organisation.isEditorUser(req.user) || (req.user as Record<string, unknown>)[APPROVER_FIELD] !== true) return false
  return sameId(organisation.departmentOf(req.user), delivery.department) || sendsForAll(req, options)
}

export type Decision = 'allowed' | 'notApprover' | 'ownRequest'

/** Whether the signed-in user may approve or send back this request; nobody decides their own. */
export const decisionRight = async (req: PayloadRequest, delivery: Record<string, unknown>): Promise<Decision> => {
  if (sameId(delivery.requestedBy, req.user?.id)) return 'ownRequest'
  const options = lineOptionsOf(req.payload)
  const approver = options.approval.mayApprove
    ? await options.approval.mayApprove({ delivery, req })
    : await defaultApprover(req, delivery, options)
  return approver ? 'allowed' : 'notApprover'
}
