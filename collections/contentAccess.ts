import type { Access, CollectionBeforeValidateHook, CollectionConfig, Where } from 'payload'

import { idOf, sameId } from '@akita-dx/plugin-core/shared'
import { Forbidden } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, publishedOrEditor } from '../src/access'

/**
 * Who writes content (announcements, programmes, founder stories). Admins write everything.
 * Editors write documents of their own department and documents no department owns (imported
 * programmes, shared notices); a document owned by another department is read-only to them.
 * Anonymous readers and staff see published documents only.
 */

/** Whether this user may set a document's department to `department` (none included). */
export const mayAssignDepartment = (user: unknown, department: unknown): boolean => {
  if (isAdminUser(user)) return true
  if (!isEditorUser(user)) return false
  if (idOf(department) === null) return true
  const own = departmentOf(user)
  return own !== null && sameId(own, department)
}

export const contentCreate: Access = ({ data, req }) =>
  mayAssignDepartment(req.user, (data as { department?: unknown } | undefined)?.department)

/** Own department's documents and unowned ones; `path` is where the department sits in the row. */
const ownedOrUnowned =
  (path: string): Access =>
  ({ req }) => {
    if (isAdminUser(req.user)) return true
    if (!isEditorUser(req.user)) return false
    const unowned: Where = { [path]: { exists: false } }
    const own = departmentOf(req.user)
    if (own === null) return unowned
    return { or: [{ [path]: { equals: own } }, unowned] }
  }

export const contentWrite: Access = ownedOrUnowned('department')

/**
 * The same rule for the version history: version rows hold the document under `version`, and a
 * `department` query there is refused (a 400 that left the draft's edit view blank).
 */
export const contentReadVersions: Access = ownedOrUnowned('version.department')

export const contentRead: Access = publishedOrEditor

/** A new document's 担当課 is the editor's own department (admins choose; they may have none). */
export const ownDepartmentDefault = ({ user }: { user?: unknown }) => (isEditorUser(user) ? (departmentOf(user) ?? undefined) : undefined)

/**
 * Stops an editor from handing a document to another department (after which they could no
 * longer edit it, and the other department would own text it never wrote). A 403, not a silent drop.
 */
export const guardDepartment: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!req.user || !data || !('department' in data)) return data
  if (originalDoc && sameId(originalDoc.department, data.department)) return data
  if (!mayAssignDepartment(req.user, data.department)) throw new Forbidden(req.t)
  return data
}

/** The access of every department-owned content collection (announcements, programmes, founder stories). */
export const contentAccess = {
  create: contentCreate,
  delete: contentWrite,
  read: contentRead,
  readVersions: contentReadVersions,
  update: contentWrite,
} satisfies CollectionConfig['access']
