import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'
import { SLUGS } from '../constants'

/**
 * One row per counted tap on a tracked link, written in batches by the redirect's buffer.
 * Denormalised on purpose (ids as text, no foreign keys): a burst after a big send is a few
 * multi-row inserts, and the dashboard's group-by reads one table. No LINE user id, no IP:
 * only a daily-rotating pseudonymous visitor key for unique counts.
 */
export const linkClicksCollection = (): CollectionConfig => ({
  slug: SLUGS.clicks,
  access: { create: nobody, delete: isAdmin, read: isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'clickedAt', type: 'date', index: true, required: true },
    /** JST day `yyyy-MM-dd`: groups by day the same way on every database. */
    { name: 'day', type: 'text', index: true, required: true },
    { name: 'delivery', type: 'text', index: true },
    { name: 'link', type: 'text', index: true, required: true },
    { name: 'segment', type: 'text' },
    { name: 'category', type: 'text' },
    { name: 'department', type: 'text' },
    { name: 'visitorKey', type: 'text', required: true },
  ],
  labels: {
    plural: { en: 'Link clicks', ja: 'リンクのクリック' },
    singular: { en: 'Link click', ja: 'リンクのクリック' },
  },
})
