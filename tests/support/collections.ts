import type { CollectionConfig } from 'payload'

const signedIn = ({ req }: { req: { user?: unknown } }) => Boolean(req.user)

/**
 * A bare staff users collection for a plugin's standalone test: the fields the suite's default
 * `organisation` reads (`roles`, `department`), nothing of the app's.
 */
export const testUsers: CollectionConfig = {
  slug: 'users',
  access: { read: signedIn },
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      defaultValue: ['staff'],
      hasMany: true,
      options: ['admin', 'editor', 'staff'],
      saveToJWT: true,
    },
    { name: 'department', type: 'relationship', relationTo: 'departments', saveToJWT: true },
  ],
}

/** A bare departments collection (関係課) with the unique `code` routing options refer to. */
export const testDepartments: CollectionConfig = {
  slug: 'departments',
  access: { read: signedIn },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text', index: true, required: true, unique: true },
    // A municipality's office (横手市 広報) rather than a prefecture department, when set.
    { name: 'municipality', type: 'text' },
  ],
}
