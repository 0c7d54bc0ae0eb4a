import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

/**
 * What `disabled` leaves of a collection: its schema and read access (visibility and consent
 * still decide who sees a profile). It takes no writes and runs no hooks, so nothing is derived,
 * logged or cascaded, and it has no endpoints.
 */
export const readOnly = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, create: nobody, delete: nobody, update: nobody },
  endpoints: [],
  hooks: {},
})
