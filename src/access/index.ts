import type { Access, FieldAccess, Where } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from './roles'

export * from './roles'

/** Anyone, signed in or not. Only for public content; personal data never uses it. */
export const anyone: Access = () => true

/** Nobody through the API: values maintained by hooks or jobs only. */
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => isAdminUser(req.user)

export const isEditor: Access = ({ req }) => isEditorUser(req.user)

export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user)

export const isEditorField: FieldAccess = ({ req }) => isEditorUser(req.user)

/** Admins see everything; other users only the documents whose `field` is themselves. */
export const adminOrOwner =
  (field: string): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    return { [field]: { equals: req.user.id } } as Where
  }

/** Admins see everything; editors only documents owned by their department. */
export const adminOrDepartmentEditor =
  (field = 'department'): Access =>
  ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!isEditorUser(req.user)) return false
    const dept = departmentOf(req.user)
    if (dept === null) return false
    return { [field]: { equals: dept } } as Where
  }

/**
 * Published documents for the public, everything for editors. Drafts must never reach
 * anonymous readers of the generic REST API.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
