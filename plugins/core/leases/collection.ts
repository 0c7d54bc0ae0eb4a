import type { CollectionConfig, Config } from 'payload'

import { nobody, type Organisation } from '../access/organisation'

export const LEASES_SLUG = 'leases'

/**
 * Time-limited leases that make background work run once per deployment when several server
 * processes share one database. Written only by the lease code; admins may read them.
 */
export const leasesCollection = (organisation: Organisation): CollectionConfig => ({
  slug: LEASES_SLUG,
  access: { create: nobody, delete: nobody, read: organisation.isAdmin, update: nobody },
  admin: {
    group: { en: 'System', ja: 'システム' },
    hidden: ({ user }) => !organisation.isAdminUser(user),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', index: true, label: { en: 'Name', ja: '名前' }, required: true, unique: true },
    { name: 'holder', type: 'text', label: { en: 'Holder', ja: '保持プロセス' } },
    { name: 'expiresAt', type: 'date', index: true, label: { en: 'Expires at', ja: '有効期限' } },
  ],
  labels: { plural: { en: 'Leases', ja: 'リース' }, singular: { en: 'Lease', ja: 'リース' } },
})

/** Adds the leases collection once, however many plugins (and the app) ask for it. */
export const withLeases = (config: Config, organisation: Organisation): Config =>
  (config.collections ?? []).some((c) => c.slug === LEASES_SLUG)
    ? config
    : { ...config, collections: [...(config.collections ?? []), leasesCollection(organisation)] }
