import type { Access, FieldAccess, Option, PayloadRequest, Where } from 'payload'

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
   * Field of a department naming the municipality (市町村) it belongs to, for the offices of the 25
   * 市町村 that work in the same app (横手市 広報). Its members act for that municipality only: a
   * municipal editor reaches the residents registered there. Left empty, a department is the
   * prefecture's.
   * @default 'municipality'
   */
  departmentMunicipalityField?: string
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
  departmentMunicipalityField: string
  /** The id of a user's department, populated or not; null when none. */
  departmentOf: (user: unknown) => ID | null
  departments: string
  /**
   * The municipality the signed-in user acts for (their department's), or null for the
   * prefecture's staff and for admins, who act for the whole prefecture.
   */
  municipalityOf: (req: PayloadRequest) => Promise<null | string>
  /**
   * The same from a user whose department is populated (as Payload loads `req.user`), for the
   * synchronous places (select options); undefined when the department is not populated.
   */
  municipalityOfLoadedUser: (user: unknown) => null | string | undefined
  /**
   * `filterOptions` of a municipality select: a municipal office's staff are offered their own
   * municipality only (and a value outside it fails validation); everyone else every option.
   */
  ownMunicipalityOptions: (args: { options: Option[]; req: PayloadRequest }) => Option[]
  /** `defaultValue` of a hasMany municipality select: a municipal office's own municipality, else none. */
  ownMunicipalityDefault: (args: { user?: unknown }) => string[] | undefined
  hasRole: (user: unknown, role: SuiteRole) => boolean
  /**
   * `admin.hidden` of a collection that is bookkeeping (tracked links, snapshots, votes): out of
   * the navigation and dashboard for everyone but admins; access still decides what the API gives.
   */
  hiddenUnlessAdmin: (args: { user: unknown }) => boolean
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
  const departments = options.departments ?? 'departments'
  const departmentMunicipalityField = options.departmentMunicipalityField ?? 'municipality'
  const municipalityIn = (department: unknown): null | string => {
    const value = (department as Record<string, unknown> | null)?.[departmentMunicipalityField]
    return typeof value === 'string' && value ? value : null
  }
  const municipalityOfLoadedUser = (user: unknown): null | string | undefined => {
    if (!staffUser(user) || hasRole(user, 'admin')) return null
    const department = staffUser(user)![departmentField]
    if (department === null || department === undefined) return null
    return typeof department === 'object' ? municipalityIn(department) : undefined
  }
  const ownMunicipalityOptions = ({ options, req }: { options: Option[]; req: PayloadRequest }): Option[] => {
    const own = municipalityOfLoadedUser(req.user)
    return own ? options.filter((option) => (typeof option === 'string' ? option : option.value) === own) : options
  }
  const municipalityOf = async (req: PayloadRequest): Promise<null | string> => {
    const known = municipalityOfLoadedUser(req.user)
    if (known !== undefined) return known
    if (!req.payload.collections[departments]?.config.flattenedFields.some((f) => f.name === departmentMunicipalityField)) return null
    const department = await req.payload.findByID({
      collection: departments,
      depth: 0,
      disableErrors: true,
      id: departmentOf(req.user)!,
      overrideAccess: true,
      req,
      select: { [departmentMunicipalityField]: true },
    })
    return municipalityIn(department)
  }
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
    departmentMunicipalityField,
    departmentOf,
    departments,
    hasRole,
    hiddenUnlessAdmin: ({ user }) => !isAdminUser(user),
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
    municipalityOf,
    municipalityOfLoadedUser,
    ownMunicipalityDefault: ({ user }) => {
      const own = municipalityOfLoadedUser(user)
      return own ? [own] : undefined
    },
    ownMunicipalityOptions,
    rolesField,
    roleValues: (role) => [...granted[role]],
    users,
  }
}
