import type { Access, FieldAccess, Where } from 'payload'

import { type ID, idOf, sameId } from '../shared/ids'
import { documentFree } from './documentFree'

/** The suite's three roles: what a plugin asks of a user, whatever the app calls its roles. */
export type SuiteRole = 'admin' | 'editor' | 'staff'

/** How the app's staff are modelled. Every plugin takes these as its `organisation` option. */
export type OrganisationOptions = {
  /**
   * Field of a department holding its unique short code (`koho`), used by routing options.
   * @default 'code'
   */
  departmentCodeField?: string
  /**
   * Relationship field of a user (and of owned documents) pointing at their department.
   * @default 'department'
   */
  departmentField?: string
  /**
   * Slug of the departments collection (関係課).
   * @default 'departments'
   */
  departments?: string
  /**
   * The app's role values that grant each of the suite's roles (a user's `rolesField` values).
   * @default { admin: ['admin'], editor: ['admin', 'editor'], staff: ['admin', 'editor', 'staff'] }
   */
  roles?: Partial<Record<SuiteRole, string[]>>
  /**
   * The users' field listing their roles (a hasMany select, saved to the JWT).
   * @default 'roles'
   */
  rolesField?: string
  /**
   * Slug of the auth collection of staff.
   * @default 'users'
   */
  users?: string
}

/** Resolved organisation: names, role predicates and the access functions built from them. */
export type Organisation = {
  adminOrDepartmentEditor: (field?: string) => Access
  departmentCodeField: string
  departmentField: string
  /** The id of a user's department, populated or not; null when none. */
  departmentOf: (user: unknown) => ID | null
  departments: string
  hasRole: (user: unknown, role: SuiteRole) => boolean
  isAdmin: Access
  isAdminField: FieldAccess
  /** A field of a user's own account (their LINE, their preferences): themselves and admins. */
  isAdminOrSelfField: FieldAccess
  isAdminUser: (user: unknown) => boolean
  isEditor: Access
  isEditorField: FieldAccess
  /** Editors and admins: the people who publish, send on LINE and read analytics. */
  isEditorUser: (user: unknown) => boolean
  isStaff: Access
  /** Any signed-in member of staff, whatever their role. */
  isStaffUser: (user: unknown) => boolean
  rolesField: string
  /** The app's role values that grant a suite role (for client components, which get plain data). */
  roleValues: (role: SuiteRole) => string[]
  users: string
}

const DEFAULT_ROLES: Record<SuiteRole, string[]> = {
  admin: ['admin'],
  editor: ['admin', 'editor'],
  staff: ['admin', 'editor', 'staff'],
}

/** Nobody through the API: values maintained by hooks and jobs only. */
export const nobody: Access = () => false

/** Anyone, signed in or not. Only for public content: personal data never uses it. */
export const anyone: Access = () => true

export const resolveOrganisation = (options: OrganisationOptions = {}): Organisation => {
  const users = options.users ?? 'users'
  const rolesField = options.rolesField ?? 'roles'
  const departmentField = options.departmentField ?? 'department'
  const granted = { ...DEFAULT_ROLES, ...options.roles }
  const staffUser = (user: unknown): null | Record<string, unknown> => {
    if (!user || typeof user !== 'object') return null
    const collection = (user as { collection?: unknown }).collection
    // A user of another auth collection (say, residents) is never staff.
    return collection && collection !== users ? null : (user as Record<string, unknown>)
  }
  const hasRole = (user: unknown, role: SuiteRole) => {
    const values = staffUser(user)?.[rolesField]
    return Array.isArray(values) && values.some((value) => granted[role].includes(String(value)))
  }
  const departmentOf = (user: unknown) => idOf(staffUser(user)?.[departmentField])
  const isAdminUser = (user: unknown) => hasRole(user, 'admin')
  const isEditorUser = (user: unknown) => hasRole(user, 'editor')
  const isStaffUser = (user: unknown) => hasRole(user, 'staff')
  return {
    adminOrDepartmentEditor:
      (field = departmentField) =>
      ({ req }) => {
        if (isAdminUser(req.user)) return true
        const department = isEditorUser(req.user) ? departmentOf(req.user) : null
        return department === null ? false : ({ [field]: { equals: department } } as Where)
      },
    departmentCodeField: options.departmentCodeField ?? 'code',
    departmentField,
    departmentOf,
    departments: options.departments ?? 'departments',
    hasRole,
    isAdmin: ({ req }) => isAdminUser(req.user),
    isAdminField: documentFree(({ req }) => isAdminUser(req.user)),
    // The admin's form state asks with the document's `id` and no `doc`: both name the account.
    isAdminOrSelfField: ({ doc, id, req }) => Boolean(req.user) && (isAdminUser(req.user) || sameId(doc?.id ?? id, req.user?.id)),
    isAdminUser,
    isEditor: ({ req }) => isEditorUser(req.user),
    isEditorField: documentFree(({ req }) => isEditorUser(req.user)),
    isEditorUser,
    isStaff: ({ req }) => isStaffUser(req.user),
    isStaffUser,
    rolesField,
    roleValues: (role) => [...granted[role]],
    users,
  }
}
