import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'

/** Slug of the daily roll-up of clicks (kept out of `SLUGS`: it is not overridable, see below). */
export const CLICK_DAYS_SLUG = 'line-click-days'

/**
 * Clicks and unique visitors per JST day × delivery, derived from `line-link-clicks` so the
 * dashboard reads a few thousand rows instead of a million. The click rows stay the source of
 * truth: every write of clicks recomputes the (day, delivery) pairs it touched from the rows, in
 * the same transaction (see server/clickDays.ts). Not overridable through the plugin's
 * `overrides`: the flusher writes these columns with SQL of its own.
 */
export const clickDaysCollection = (): CollectionConfig => ({
  slug: CLICK_DAYS_SLUG,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    /** JST day `yyyy-MM-dd`, as on the click rows. */
    { name: 'day', type: 'text', required: true },
    { name: 'delivery', type: 'text', index: true, required: true },
    { name: 'clicks', type: 'number', required: true },
    /** Distinct visitor keys of the day and delivery (keys rotate daily, so a day is the unit). */
    { name: 'uniqueClicks', type: 'number', required: true },
  ],
  indexes: [{ fields: ['day', 'delivery'], unique: true }],
  labels: {
    plural: { en: 'Clicks per day', ja: '日別クリック集計' },
    singular: { en: 'Clicks per day', ja: '日別クリック集計' },
  },
})
