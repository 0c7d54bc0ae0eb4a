import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../../../src/access'
import { CHECKPOINTS, LINE, SLUGS, MANUAL_CHECKPOINT } from '../constants'
import type { ResolvedAnalyticsOptions } from '../types'

const nullableNumber = (name: string, label: Record<string, string>) =>
  ({ name, type: 'number', admin: { description: { en: 'Empty: under 20 (hidden by LINE)', ja: '空欄は20未満のため非公開' } }, label }) as const

/**
 * LINE's statistics of a delivery as read at 1 h … 14 d after sending. Kept for good: LINE
 * stops serving them, and they are what editors compare later sends with. A failed read is
 * stored too (status error) so the hourly request budget counts it.
 */
export const insightSnapshotsCollection = (options: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.snapshots,
  access: { create: nobody, delete: nobody, read: isEditor, update: nobody },
  admin: {
    defaultColumns: ['delivery', 'checkpoint', 'status', 'delivered', 'uniqueImpressions', 'uniqueClicks', 'fetchedAt'],
    group: options.adminGroup,
  },
  fields: [
    { name: 'delivery', type: 'relationship', index: true, label: { en: 'Delivery', ja: 'LINE配信' }, relationTo: LINE.deliveries, required: true },
    {
      name: 'checkpoint',
      type: 'select',
      label: { en: 'Checkpoint', ja: '取得時点' },
      options: [...CHECKPOINTS, MANUAL_CHECKPOINT].map((c) => ({ label: { en: c.key, ja: c.label }, value: c.key })),
      required: true,
    },
    { name: 'fetchedAt', type: 'date', index: true, label: { en: 'Fetched at', ja: '取得日時' }, required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'ok',
      label: { en: 'Status', ja: '状態' },
      options: [
        { label: { en: 'OK', ja: '取得済み' }, value: 'ok' },
        { label: { en: 'Error', ja: 'エラー' }, value: 'error' },
      ],
      required: true,
    },
    { name: 'error', type: 'text', label: { en: 'Error', ja: 'エラー' } },
    {
      name: 'source',
      type: 'select',
      options: [
        { label: { en: 'Per-unit statistics', ja: 'ユニット別統計' }, value: 'unit' },
        { label: { en: 'Message events', ja: 'メッセージイベント' }, value: 'event' },
      ],
    },
    nullableNumber('delivered', { en: 'Delivered', ja: '配信数' }),
    nullableNumber('uniqueImpressions', { en: 'Unique impressions', ja: '開封者数' }),
    nullableNumber('uniqueClicks', { en: 'Unique clicks (LINE)', ja: 'クリック者数（LINE）' }),
    /** `[{ url, code, clicks, uniqueClicks }]`, null figures kept as null. */
    { name: 'urlClicks', type: 'json', label: { en: 'Clicks per URL', ja: 'URL別クリック' } },
  ],
  labels: {
    plural: { en: 'LINE statistics snapshots', ja: 'LINE統計スナップショット' },
    singular: { en: 'LINE statistics snapshot', ja: 'LINE統計スナップショット' },
  },
})
