import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { label } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

/** The official account's daily figures from LINE (`/v2/bot/insight/followers`), for a trend. */
export const accountStatsCollection = ({ adminGroup, organisation }: ResolvedAnalyticsOptions): CollectionConfig => ({
  slug: SLUGS.accountStats,
  access: { create: nobody, delete: nobody, read: organisation.isEditor, update: nobody },
  admin: {
    defaultColumns: ['day', 'followers', 'targetedReaches', 'blocks'],
    group: adminGroup,
    hidden: organisation.hiddenUnlessAdmin,
    useAsTitle: 'day',
  },
  defaultSort: '-day',
  fields: [
    { name: 'day', type: 'text', index: true, label: label('accountDay'), required: true, unique: true },
    { name: 'followers', type: 'number', label: label('accountFollowers') },
    { name: 'targetedReaches', type: 'number', label: label('accountTargetedReaches') },
    { name: 'blocks', type: 'number', label: label('accountBlocks') },
    { name: 'fetchedAt', type: 'date', index: true, label: label('snapshotFetchedAt') },
  ],
  labels: { plural: label('accountPlural'), singular: label('accountSingular') },
})
