import type { Access, FieldAccess, Where } from 'payload'

import { sameId } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { viewerOf } from './viewer'
import { profileVisibilityWhere } from './visibility'

/** Who may read, write and approve staff profiles (opt-in, visibility chosen by the person). */
export const profileAccess = (options: ResolvedTalentBankOptions) => {
  const { departmentOf, isAdminUser, isEditorUser, isStaffUser } = options.organisation

  const read: Access = async ({ req }) => profileVisibilityWhere(await viewerOf(req, options))

  /** Opt-in: every member of staff may create a profile, always their own (see the owner hook). */
  const create: Access = ({ req }) => isStaffUser(req.user)

  /**
   * The owner edits their profile; the supervisor (an editor of the profile's current department)
   * and admins may reach it only for the approval fields, which field access narrows down to.
   */
  const update: Access = async ({ req }) => {
    const viewer = await viewerOf(req, options)
    if (!viewer) return false
    const own: Where = { user: { equals: viewer.id } }
    const visible = profileVisibilityWhere(viewer) as Where
    if (isAdminUser(req.user)) return { or: [own, visible] }
    const department = isEditorUser(req.user) ? departmentOf(req.user) : null
    return department === null ? own : { or: [own, { and: [{ currentDepartment: { equals: department } }, visible] }] }
  }

  /** The owner may erase their profile; admins remove those of staff who left. */
  const remove: Access = ({ req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    if (!isStaffUser(req.user)) return false
    return { user: { equals: req.user.id } }
  }

  /** Personal fields: only the person writes them (on create the creator is the owner). */
  const ownerField: FieldAccess = ({ doc, req }) => Boolean(req.user) && sameId(doc?.user, req.user?.id)

  /** Supervisor approval: an editor of the person's department (never the person) or an admin. */
  const approverField: FieldAccess = ({ doc, req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    if (!isEditorUser(req.user) || sameId(doc?.user, req.user.id)) return false
    return sameId(doc?.currentDepartment, departmentOf(req.user))
  }

  return { approverField, create, delete: remove, ownerField, read, update }
}
