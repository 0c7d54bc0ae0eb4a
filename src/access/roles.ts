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
