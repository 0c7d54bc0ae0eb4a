import type { Access, Where } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from '../../../src/access'

/**
 * The candidate always sees proposals about them; the requesting department's editors and admins
 * see them only while the candidate's consent stands, so withdrawing it hides them here too.
 */
export const readMatches: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  const mine: Where = { candidate: { equals: req.user!.id } }
  const consented: Where = { 'profile.consentStatus': { equals: 'given' } }
  if (isAdminUser(req.user)) return { or: [mine, consented] }
  const dept = departmentOf(req.user)
  if (isEditorUser(req.user) && dept !== null) {
    return { or: [mine, { and: [{ department: { equals: dept } }, consented] }] }
  }
  return mine
}

/** Proposals come from editors; the propose hook checks it is their department's request. */
export const createMatch: Access = ({ req }) => isEditorUser(req.user)

/** Both sides may change a match; the decision hook decides which change each side may make. */
export const updateMatches: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (isAdminUser(req.user)) return true
  const mine: Where = { candidate: { equals: req.user!.id } }
  const dept = departmentOf(req.user)
  if (isEditorUser(req.user) && dept !== null) return { or: [mine, { department: { equals: dept } }] }
  return mine
}
