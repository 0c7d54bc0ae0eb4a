import type { Access, FieldAccess, Where } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from '../../../src/access'
import { sameId } from '../utilities/values'

/** Visible items for everyone signed in, plus one's own items whatever their moderation state. */
const visibleOrOwn =
  (ownerField: string): Access =>
  ({ req }) => {
    if (!isStaffUser(req.user)) return false
    if (isAdminUser(req.user)) return true
    return { or: [{ moderation: { equals: 'visible' } }, { [ownerField]: { equals: req.user!.id } }] } as Where
  }

export const readIdeas = visibleOrOwn('author')
export const readComments = visibleOrOwn('author')

/**
 * Authors edit their own ideas; editors also the ideas addressed to their department (state and
 * official answer: which fields each may change is checked by the guardIdeaChanges hook).
 */
export const updateIdeas: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (isAdminUser(req.user)) return true
  const own: Where = { author: { equals: req.user!.id } }
  const department = departmentOf(req.user)
  if (isEditorUser(req.user) && department !== null) {
    return { or: [own, { targetDepartment: { equals: department } }] }
  }
  return own
}

/** Admins see all; everyone else only the documents they own (their votes, their reports). */
export const adminOrOwn =
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
export const readAuthorField: FieldAccess = ({ doc, req }) => {
  if (!isStaffUser(req.user)) return false
  if (isAdminUser(req.user) || !doc) return true
  return !doc.anonymous || sameId(doc.author, req.user!.id)
}

/** Text of a soft-deleted comment stays for moderation but only admins read it. */
export const readCommentBody: FieldAccess = ({ doc, req }) => isAdminUser(req.user) || !doc?.deleted

export const adminField: FieldAccess = ({ req }) => isAdminUser(req.user)

/** Derived values: computed by hooks, never taken from input. */
export const neverFromInput: FieldAccess = () => false

/** A person field readable by admins and by that person. */
export const readOwnFieldOrAdmin =
  (field: string): FieldAccess =>
  ({ doc, req }) =>
    isAdminUser(req.user) || (isStaffUser(req.user) && sameId(doc?.[field], req.user!.id))
