/**
 * Roles a user can hold. Stored values are short English codes; labels are Japanese first.
 * - admin: everything, including moderation and user management
 * - editor: content, LINE deliveries and analytics, official answers for their department
 * - staff: idea box and their own talent-bank profile
 */
export const ROLES = ['admin', 'editor', 'staff'] as const
export type Role = (typeof ROLES)[number]

export const roleOptions = [
  { label: { ja: '管理者', en: 'Administrator' }, value: 'admin' },
  { label: { ja: '編集者', en: 'Editor' }, value: 'editor' },
  { label: { ja: '職員', en: 'Staff' }, value: 'staff' },
] satisfies { label: Record<string, string>; value: Role }[]

/** The subset of a user document the access helpers read (kept in the JWT via saveToJWT). */
export type AccessUser = {
  collection?: string
  department?: null | number | string | { id: number | string }
  id: number | string
  roles?: null | Role[]
}

export const asAccessUser = (user: unknown): AccessUser | null => {
  if (!user || typeof user !== 'object') return null
  const candidate = user as AccessUser
  if (candidate.collection && candidate.collection !== 'users') return null
  return candidate
}

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const u = asAccessUser(user)
  return Boolean(u?.roles?.some((role) => roles.includes(role)))
}

export const isAdminUser = (user: unknown): boolean => hasRole(user, 'admin')

/** Editors and admins: the people who publish and read analytics. */
export const isEditorUser = (user: unknown): boolean => hasRole(user, 'admin', 'editor')

/** Any signed-in member of staff, whatever their role. */
export const isStaffUser = (user: unknown): boolean => hasRole(user, 'admin', 'editor', 'staff')

/** The id of the user's department, whether the relation is populated or not. */
export const departmentOf = (user: unknown): null | number | string => {
  const dept = asAccessUser(user)?.department
  if (dept === null || dept === undefined) return null
  return typeof dept === 'object' ? dept.id : dept
}
