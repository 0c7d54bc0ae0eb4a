import { anyone, nobody, resolveOrganisation } from '@akita-dx/plugin-core'

import type { Access } from 'payload'

export * from './roles'
export { anyone, nobody }

/**
 * The app's staff model, the same one every plugin is installed with (users with `roles` and a
 * `department`, departments with a `code`): one rule for who is an admin, editor or staff.
 */
export const organisation = resolveOrganisation()

export const {
  adminOrDepartmentEditor,
  departmentOf,
  isAdmin,
  isAdminField,
  isAdminUser,
  isEditor,
  isEditorField,
  isEditorUser,
  isStaff,
  isStaffUser,
} = organisation

/** Admins see everything; other users only the documents whose `field` is themselves. */
export const adminOrOwner =
  (field: string): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    return { [field]: { equals: req.user.id } }
  }

/**
 * Published documents for the public, everything for editors. Drafts must never reach
 * anonymous readers of the generic REST API.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
