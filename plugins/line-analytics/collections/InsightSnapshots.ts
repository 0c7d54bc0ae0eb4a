import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@akita-dx/plugin-core'
import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { CHECKPOINT_KEYS, SLUGS } from '../constants'
import { type AnalyticsTranslationKey, label, optionsOf } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

const nullableNumber = (name: string, key: AnalyticsTranslationKey): Field => ({
  name,
  type: 'number',
  admin: { description: label('snapshotHiddenHelp') },
  label: label(key),
})

/**
 * LINE's statistics of a delivery as read at 1 h … 14 d after sending. Kept for good: LINE
 * stops serving them, and they are what editors compare later sends with. A failed read is
 * stored too (status error) so the hourly request budget counts it.
 */
export const insightSnapshotsCollection = ({ adminGroup, organisation }: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.snapshots,
  access: { create: nobody, delete: nobody, read: organisation.isEditor, update: nobody },
  admin: {
    defaultColumns: ['delivery', 'checkpoint', 'status', 'delivered', 'uniqueImpressions', 'uniqueClicks', 'fetchedAt'],
    group: adminGroup,
    hidden: organisation.hiddenUnlessAdmin,
  },
  fields: [
    {
      name: 'delivery',
      type: 'relationship',
      index: true,
      label: label('fieldDelivery'),
      relationTo: LINE_SLUGS.deliveries,
      required: true,
    },
    {
      name: 'checkpoint',
      type: 'select',
      label: label('snapshotCheckpoint'),
      options: optionsOf('checkpoint', CHECKPOINT_KEYS),
      required: true,
    },
    { name: 'fetchedAt', type: 'date', index: true, label: label('snapshotFetchedAt'), required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'ok',
      label: label('snapshotStatus'),
      options: optionsOf('snapshotStatus', ['ok', 'error']),
      required: true,
    },
    { name: 'error', type: 'text', label: label('snapshotError') },
    {
      name: 'source',
      type: 'select',
      label: label('snapshotSource'),
      options: optionsOf('snapshotSource', ['unit', 'event']),
    },
    nullableNumber('delivered', 'snapshotDelivered'),
    nullableNumber('uniqueImpressions', 'snapshotUniqueImpressions'),
    nullableNumber('uniqueClicks', 'snapshotUniqueClicks'),
    /** `[{ url, code, clicks, uniqueClicks }]`, null figures kept as null. */
    { name: 'urlClicks', type: 'json', label: label('snapshotUrlClicks') },
  ],
  labels: { plural: label('snapshotsPlural'), singular: label('snapshotsSingular') },
})
