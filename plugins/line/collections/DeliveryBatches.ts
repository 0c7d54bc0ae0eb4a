import type { CollectionConfig } from 'payload'

import { nobody, type Organisation } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { label } from '../translations'

/**
 * A delivery's frozen recipients, one row per multicast call (≤ 500 ids), so a million
 * recipients are ~2,000 small rows rather than one huge value, and each call's state (retry
 * key, request id) is durable before and after the call.
 */
export const deliveryBatchesCollection = (organisation: Organisation): CollectionConfig => ({
  slug: SLUGS.batches,
  access: { create: nobody, delete: nobody, read: organisation.isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'delivery', type: 'relationship', index: true, relationTo: SLUGS.deliveries, required: true },
    { name: 'seq', type: 'number', index: true, required: true },
    { name: 'recipients', type: 'json', required: true },
    { name: 'count', type: 'number', required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: [
        { label: label('batchPending'), value: 'pending' },
        { label: label('batchSent'), value: 'sent' },
        { label: label('batchFailed'), value: 'failed' },
      ],
      required: true,
    },
    /** Fixed when the batch is written, before any call: a resend after a crash reuses it. */
    { name: 'retryKey', type: 'text', required: true },
    { name: 'requestId', type: 'text' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    /** While pending: LINE's last failure and when the batch is tried again (shown in the send panel). */
    { name: 'error', type: 'text' },
    { name: 'retryAt', type: 'date' },
    { name: 'sentAt', type: 'date' },
  ],
  labels: { plural: label('batchesPlural'), singular: label('batchesSingular') },
})
