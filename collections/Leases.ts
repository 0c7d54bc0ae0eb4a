import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../src/access'

/**
 * Time-limited leases that make background work run once per deployment when several server
 * processes share one database (see src/lib/lease.ts). Written only by the lease code.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  access: {
    create: nobody,
    delete: nobody,
    read: isAdmin,
    update: nobody,
  },
  admin: {
    group: { en: 'System', ja: 'システム' },
    hidden: ({ user }) => !user?.roles?.includes('admin'),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', index: true, label: { en: 'Name', ja: '名前' }, required: true, unique: true },
    { name: 'holder', type: 'text', label: { en: 'Holder', ja: '保持プロセス' } },
    { name: 'expiresAt', type: 'date', index: true, label: { en: 'Expires at', ja: '有効期限' } },
  ],
  labels: {
    plural: { en: 'Leases', ja: 'リース' },
    singular: { en: 'Lease', ja: 'リース' },
  },
}
