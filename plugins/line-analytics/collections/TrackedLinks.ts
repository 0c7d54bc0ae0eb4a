import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, nobody } from '../../../src/access'
import { LINE, SLUGS } from '../constants'
import type { ResolvedAnalyticsOptions } from '../types'

/**
 * One short code per delivery × link. `GET /l/<code>` redirects to `url` and nowhere else, so
 * a code is the only thing a resident's phone sees. Category, department and segment are
 * copied from the delivery when the code is made, so a click row needs no join to be filtered.
 */
export const trackedLinksCollection = (options: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.links,
  access: { create: nobody, delete: isAdmin, read: isEditor, update: nobody },
  admin: {
    defaultColumns: ['code', 'url', 'delivery', 'createdAt'],
    group: options.adminGroup,
    useAsTitle: 'code',
  },
  fields: [
    { name: 'code', type: 'text', index: true, label: { en: 'Code', ja: 'コード' }, required: true, unique: true },
    { name: 'url', type: 'text', label: { en: 'Target URL', ja: 'リンク先 URL' }, required: true },
    {
      name: 'delivery',
      type: 'relationship',
      index: true,
      label: { en: 'Delivery', ja: 'LINE配信' },
      relationTo: LINE.deliveries,
    },
    /** Aggregation unit of the delivery: ties codes made before the delivery row existed to it. */
    { name: 'aggregationUnit', type: 'text', index: true, admin: { hidden: true } },
    { name: 'segment', type: 'text', admin: { hidden: true }, label: { en: 'Segments', ja: 'セグメント' } },
    { name: 'category', type: 'text', admin: { hidden: true } },
    { name: 'department', type: 'text', admin: { hidden: true } },
    { name: 'document', type: 'text', admin: { hidden: true } },
  ],
  labels: {
    plural: { en: 'Tracked links', ja: '計測リンク' },
    singular: { en: 'Tracked link', ja: '計測リンク' },
  },
})
