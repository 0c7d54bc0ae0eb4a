import type { Organisation } from '@akita-dx/plugin-core'
import type { Access, Where } from 'payload'

/** Who may read and change proposals: the candidate, the requesting department's editors, admins. */
export const matchAccess = ({ departmentOf, isAdminUser, isEditorUser, isStaffUser }: Organisation) => {
  /** The requesting department of an editor, or null for anyone else. */
  const editorsDepartment = (user: unknown) => (isEditorUser(user) ? departmentOf(user) : null)

  /**
   * The candidate always sees proposals about them; the requesting department's editors and admins
   * see them only while the candidate's consent stands, so withdrawing it hides them here too.
   */
  const read: Access = ({ req }) => {
    if (!isStaffUser(req.user)) return false
    const mine: Where = { candidate: { equals: req.user!.id } }
    const consented: Where = { 'profile.consentStatus': { equals: 'given' } }
    if (isAdminUser(req.user)) return { or: [mine, consented] }
    const department = editorsDepartment(req.user)
    return department === null ? mine : { or: [mine, { and: [{ department: { equals: department } }, consented] }] }
  }

  /** Proposals come from editors; the propose hook checks it is their department's request. */
  const create: Access = ({ req }) => isEditorUser(req.user)

  /** Both sides may change a match; the decision hook decides which change each side may make. */
  const update: Access = ({ req }) => {
    if (!isStaffUser(req.user)) return false
    if (isAdminUser(req.user)) return true
    const mine: Where = { candidate: { equals: req.user!.id } }
    const department = editorsDepartment(req.user)
    return department === null ? mine : { or: [mine, { department: { equals: department } }] }
  }

  return { create, read, update }
}
