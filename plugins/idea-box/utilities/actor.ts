import type { Organisation } from '@akita-dx/plugin-core'
import type { PayloadRequest } from 'payload'

import { type ID, sameId } from '@akita-dx/plugin-core/shared'

/**
 * Who is asking. `system` is the Local API without a user (seed, jobs): trusted, like
 * overrideAccess, because no HTTP request can reach Payload without going through auth.
 */
export type Actor = {
  admin: boolean
  department: ID | null
  id: ID | null
  system: boolean
}

export const actorOf = (req: PayloadRequest, organisation: Organisation): Actor => {
  const user = req.user
  if (!user || !organisation.isStaffUser(user)) {
    return { admin: false, department: null, id: user ? user.id : null, system: !user }
  }
  return { admin: organisation.isAdminUser(user), department: organisation.departmentOf(user), id: user.id, system: false }
}

/** Editors of the idea's target department and admins decide and answer. */
export const canDecide = (req: PayloadRequest, organisation: Organisation, targetDepartment: unknown): boolean => {
  const actor = actorOf(req, organisation)
  if (actor.system || actor.admin) return true
  return organisation.isEditorUser(req.user) && actor.department !== null && sameId(actor.department, targetDepartment)
}

export const isOwner = (req: PayloadRequest, owner: unknown): boolean => Boolean(req.user) && sameId(req.user!.id, owner)
