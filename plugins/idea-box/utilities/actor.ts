import type { PayloadRequest } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from '../../../src/access'
import { idOf, sameId } from './values'

/**
 * Who is asking. `system` is the Local API without a user (seed, jobs): trusted, like
 * overrideAccess, because no HTTP request can reach Payload without going through auth.
 */
export type Actor = {
  admin: boolean
  department: null | number | string
  id: null | number | string
  system: boolean
}

export const actorOf = (req: PayloadRequest): Actor => {
  const user = req.user
  if (!user || !isStaffUser(user)) {
    return { admin: false, department: null, id: user ? user.id : null, system: !user }
  }
  return { admin: isAdminUser(user), department: departmentOf(user), id: user.id, system: false }
}

/** Editors of the idea's target department and admins decide and answer. */
export const canDecide = (req: PayloadRequest, targetDepartment: unknown): boolean => {
  const actor = actorOf(req)
  if (actor.system || actor.admin) return true
  return isEditorUser(req.user) && actor.department !== null && sameId(actor.department, targetDepartment)
}

export const isOwner = (req: PayloadRequest, owner: unknown): boolean => {
  const actor = actorOf(req)
  return actor.id !== null && idOf(owner) !== null && sameId(actor.id, owner)
}
