import type { Access, FieldAccess, Where } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from '../../../src/access'
import { profileVisibilityWhere, sameId } from '../utilities/visibility'
import { viewerOf } from './viewer'

export const readProfiles =
  (options: ResolvedTalentBankOptions): Access =>
  async ({ req }) =>
    profileVisibilityWhere(await viewerOf(req, options))

/** Opt-in: every member of staff may create a profile, always their own (see the owner hook). */
export const createProfile: Access = ({ req }) => isStaffUser(req.user)

/**
 * The owner edits their profile; the supervisor (an editor of the profile's current department)
 * and admins may reach it only for the approval fields, which field access narrows down to.
 */
export const updateProfiles =
  (options: ResolvedTalentBankOptions): Access =>
  async ({ req }) => {
    const viewer = await viewerOf(req, options)
    if (!viewer) return false
    const own: Where = { user: { equals: viewer.id } }
    const visible = profileVisibilityWhere(viewer) as Where
    if (isAdminUser(req.user)) return { or: [own, visible] }
    const dept = departmentOf(req.user)
    if (isEditorUser(req.user) && dept !== null) {
      return { or: [own, { and: [{ currentDepartment: { equals: dept } }, visible] }] }
    }
    return own
  }

/** The owner may erase their profile; admins remove those of staff who left. */
export const deleteProfiles: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  if (!isStaffUser(req.user)) return false
  return { user: { equals: req.user.id } }
}

/** Personal fields: only the person writes them (on create the creator is the owner). */
export const ownerField: FieldAccess = ({ doc, req }) => Boolean(req.user) && sameId(doc?.user, req.user?.id)

/** Supervisor approval: an editor of the person's department (never the person) or an admin. */
export const approverField: FieldAccess = ({ doc, req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  if (!isEditorUser(req.user) || sameId(doc?.user, req.user.id)) return false
  return sameId(doc?.currentDepartment, departmentOf(req.user))
}
