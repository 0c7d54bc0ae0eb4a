import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'
import { SLUGS } from '../constants'

/**
 * A delivery's frozen recipients, one row per multicast call (≤ 500 ids), so a million
 * recipients are ~2,000 small rows rather than one huge value, and each call's state (retry
 * key, request id) is durable before and after the call.
 */
export const deliveryBatchesCollection = (): CollectionConfig => ({
  slug: SLUGS.batches,
  access: {
    create: nobody,
    delete: nobody,
    read: isAdmin,
    update: nobody,
  },
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
        { label: { en: 'Pending', ja: '未送信' }, value: 'pending' },
        { label: { en: 'Sent', ja: '送信済み' }, value: 'sent' },
        { label: { en: 'Failed', ja: '失敗' }, value: 'failed' },
      ],
      required: true,
    },
    /** Fixed when the batch is written, before any call: a resend after a crash reuses it. */
    { name: 'retryKey', type: 'text', required: true },
    { name: 'requestId', type: 'text' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'error', type: 'text' },
    { name: 'sentAt', type: 'date' },
  ],
  labels: {
    plural: { en: 'LINE delivery batches', ja: 'LINE配信バッチ' },
    singular: { en: 'LINE delivery batch', ja: 'LINE配信バッチ' },
  },
})
