import type { CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { refreshClickDays } from '../rollup/clickDays'
import { label } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

/** A deleted click leaves the daily roll-up in the same transaction: its day and delivery are recounted. */
const recountDay: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const { day, delivery } = doc as { day?: string; delivery?: null | string }
  if (day && delivery) await refreshClickDays(req.payload, [{ day, delivery }], req)
}

/**
 * One row per counted tap on a tracked link, written in batches by the redirect's buffer.
 * Denormalised on purpose (ids as text, no foreign keys): a burst after a big send is a few
 * multi-row inserts, and the dashboard's group-by reads one table. No LINE user id, no IP:
 * only a daily-rotating pseudonymous visitor key for unique counts.
 */
export const linkClicksCollection = ({ organisation }: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.clicks,
  access: { create: nobody, delete: organisation.isAdmin, read: organisation.isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'clickedAt', type: 'date', required: true },
    /** JST day `yyyy-MM-dd`: groups by day the same way on every database. */
    { name: 'day', type: 'text', required: true },
    { name: 'delivery', type: 'text' },
    { name: 'link', type: 'text', required: true },
    { name: 'segment', type: 'text' },
    { name: 'category', type: 'text' },
    { name: 'department', type: 'text' },
    { name: 'visitorKey', type: 'text', required: true },
  ],
  hooks: { afterDelete: [recountDay] },
  // Covering indexes of the two read paths (the roll-up's recount by day and delivery, one
  // delivery by link and day): the database counts (distinct) visitors from the index alone.
  indexes: [{ fields: ['day', 'delivery', 'visitorKey'] }, { fields: ['delivery', 'link', 'day', 'visitorKey'] }],
  labels: { plural: label('clicksPlural'), singular: label('clicksSingular') },
})
