import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'
import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { SLUGS } from '../constants'
import { label } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

/**
 * One short code per delivery × link. `GET /l/<code>` redirects to `url` and nowhere else, so
 * a code is the only thing a resident's phone sees. Category, department and segment are
 * copied from the delivery when the code is made, so a click row needs no join to be filtered.
 */
export const trackedLinksCollection = ({ adminGroup, organisation }: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.links,
  access: { create: nobody, delete: organisation.isAdmin, read: organisation.isEditor, update: nobody },
  admin: {
    defaultColumns: ['code', 'url', 'delivery', 'createdAt'],
    group: adminGroup,
    // Bookkeeping of 配信分析: editors read the figures there.
    hidden: organisation.hiddenUnlessAdmin,
    useAsTitle: 'code',
  },
  fields: [
    { name: 'code', type: 'text', index: true, label: label('fieldCode'), required: true, unique: true },
    { name: 'url', type: 'text', label: label('fieldUrl'), required: true },
    { name: 'delivery', type: 'relationship', index: true, label: label('fieldDelivery'), relationTo: LINE_SLUGS.deliveries },
    /** Aggregation unit of the delivery the code was made for (LINE's statistics are read per unit). */
    { name: 'aggregationUnit', type: 'text', admin: { hidden: true }, index: true },
    { name: 'segment', type: 'text', admin: { hidden: true }, label: label('fieldSegment') },
    { name: 'category', type: 'text', admin: { hidden: true } },
    { name: 'department', type: 'text', admin: { hidden: true } },
    { name: 'document', type: 'text', admin: { hidden: true } },
  ],
  labels: { plural: label('linksPlural'), singular: label('linksSingular') },
})
