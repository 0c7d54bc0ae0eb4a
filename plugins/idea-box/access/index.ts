import type { Organisation } from '@akita-dx/plugin-core'
import type { Access, FieldAccess, Where } from 'payload'

import { sameId } from '@akita-dx/plugin-core/shared'

/** Values maintained by the plugin's hooks: never taken from a request. */
export const neverFromInput: FieldAccess = () => false

/** The idea box's access rules over the app's staff. */
export const ideaBoxAccess = ({ departmentOf, isAdminUser, isEditorUser, isStaffUser }: Organisation) => {
  /** Visible items for everyone signed in, plus one's own items whatever their moderation state. */
  const visibleOrOwn =
    (ownerField: string): Access =>
    ({ req }) => {
      if (!isStaffUser(req.user)) return false
      if (isAdminUser(req.user)) return true
      return { or: [{ moderation: { equals: 'visible' } }, { [ownerField]: { equals: req.user!.id } }] } as Where
    }

  /**
   * Authors edit their own ideas; editors also the ideas addressed to their department (state and
   * official answer: which fields each may change is checked by the guardIdeaChanges hook).
   */
  const updateIdeas: Access = ({ req }) => {
    if (!isStaffUser(req.user)) return false
    if (isAdminUser(req.user)) return true
    const own: Where = { author: { equals: req.user!.id } }
    const department = departmentOf(req.user)
    if (isEditorUser(req.user) && department !== null) return { or: [own, { targetDepartment: { equals: department } }] }
    return own
  }

  /** Admins see all; everyone else only the documents they own (their votes, their reports). */
  const adminOrOwn =
    (ownerField: string): Access =>
    ({ req }) => {
      if (!isStaffUser(req.user)) return false
      if (isAdminUser(req.user)) return true
      return { [ownerField]: { equals: req.user!.id } } as Where
    }

  /**
   * The author of an anonymous idea is hidden from colleagues and shown to admins (moderation) and
   * to the author. Without a document (query validation) the path is allowed here and the
   * vetAuthorQueries hook refuses filters that could reveal an anonymous author.
   */
  const readAuthorField: FieldAccess = ({ doc, req }) => {
    if (!isStaffUser(req.user)) return false
    if (isAdminUser(req.user) || !doc) return true
    return !doc.anonymous || sameId(doc.author, req.user!.id)
  }

  /** Text of a soft-deleted comment stays for moderation but only admins read it. */
  const readCommentBody: FieldAccess = ({ doc, req }) => isAdminUser(req.user) || !doc?.deleted

  /** A person field readable by admins and by that person. */
  const readOwnFieldOrAdmin =
    (field: string): FieldAccess =>
    ({ doc, req }) =>
      isAdminUser(req.user) || (isStaffUser(req.user) && sameId(doc?.[field], req.user!.id))

  return { adminOrOwn, readAuthorField, readCommentBody, readOwnFieldOrAdmin, updateIdeas, visibleOrOwn }
}
