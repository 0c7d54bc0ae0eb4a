import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { CLICK_DAYS_SLUG } from '../constants'
import { label } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

/**
 * Clicks and unique visitors per JST day × delivery, derived from `line-link-clicks` so the
 * dashboard reads a few thousand rows instead of a million. The click rows stay the source of
 * truth: every write of clicks adds to the (day, delivery) pairs it touched in the same
 * transaction (see rollup/clickDays.ts).
 */
export const clickDaysCollection = ({ organisation }: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: CLICK_DAYS_SLUG,
  access: { create: nobody, delete: nobody, read: organisation.isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    /** JST day `yyyy-MM-dd`, as on the click rows. */
    { name: 'day', type: 'text', label: label('fieldDay'), required: true },
    { name: 'delivery', type: 'text', index: true, label: label('fieldDelivery'), required: true },
    { name: 'clicks', type: 'number', label: label('fieldClicks'), required: true },
    /** Distinct visitor keys of the day and delivery (keys rotate daily, so a day is the unit). */
    { name: 'uniqueClicks', type: 'number', label: label('fieldUniqueClicks'), required: true },
  ],
  indexes: [{ fields: ['day', 'delivery'], unique: true }],
  labels: { plural: label('clickDaysPlural'), singular: label('clickDaysSingular') },
})
