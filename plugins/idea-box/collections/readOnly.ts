import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

/**
 * What `disabled` leaves of a collection: its schema and read access, and the query guards that
 * keep anonymous authors private (they refuse, they change nothing). It takes no writes, so no
 * document can miss what the plugin's hooks would have derived, and it has no endpoints.
 */
export const readOnly = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, create: nobody, delete: nobody, update: nobody },
  endpoints: [],
  hooks: { beforeOperation: collection.hooks?.beforeOperation ?? [] },
})
