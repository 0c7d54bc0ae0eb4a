import type { CollectionConfig } from 'payload'

import { isEditor, nobody } from '../../../src/access'
import { SLUGS } from '../constants'
import type { ResolvedAnalyticsOptions } from '../types'

/** The official account's daily figures from LINE (`/v2/bot/insight/followers`), for a trend. */
export const accountStatsCollection = (options: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.accountStats,
  access: { create: nobody, delete: nobody, read: isEditor, update: nobody },
  admin: {
    defaultColumns: ['day', 'followers', 'targetedReaches', 'blocks'],
    group: options.adminGroup,
    useAsTitle: 'day',
  },
  defaultSort: '-day',
  fields: [
    { name: 'day', type: 'text', index: true, label: { en: 'Day (JST)', ja: '日付' }, required: true, unique: true },
    { name: 'followers', type: 'number', label: { en: 'Friends', ja: '友だち数' } },
    { name: 'targetedReaches', type: 'number', label: { en: 'Targeted reaches', ja: 'ターゲットリーチ' } },
    { name: 'blocks', type: 'number', label: { en: 'Blocks', ja: 'ブロック数' } },
    { name: 'fetchedAt', type: 'date', index: true, label: { en: 'Fetched at', ja: '取得日時' } },
  ],
  labels: {
    plural: { en: 'LINE account figures', ja: 'LINEアカウント推移' },
    singular: { en: 'LINE account figures', ja: 'LINEアカウント推移' },
  },
})
