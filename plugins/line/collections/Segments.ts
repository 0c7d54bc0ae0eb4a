import type { CollectionConfig } from 'payload'

import { isEditor } from '../../../src/access'
import { ageBandOptions, municipalityOptions, topicOptions } from '../../../src/lib/akita'
import { SLUGS } from '../constants'
import { segmentCountEndpoint } from '../endpoints/segmentCount'
import type { ResolvedLineOptions } from '../types'

/** Saved recipient rules built by editors; each delivery resolves them once. */
export const segmentsCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.segments,
  access: {
    create: isEditor,
    delete: isEditor,
    read: isEditor,
    update: isEditor,
  },
  admin: {
    defaultColumns: ['name', 'municipalities', 'ageBands', 'interests', 'combinator'],
    group: options.adminGroup,
    useAsTitle: 'name',
  },
  endpoints: [segmentCountEndpoint()],
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', ja: 'セグメント名' }, required: true, unique: true },
    { name: 'description', type: 'textarea', label: { en: 'Description', ja: '説明' } },
    {
      name: 'municipalities',
      type: 'select',
      hasMany: true,
      label: { en: 'Municipalities (any of)', ja: '市町村（いずれか）' },
      options: municipalityOptions,
    },
    {
      name: 'ageBands',
      type: 'select',
      hasMany: true,
      label: { en: 'Age bands (any of)', ja: '年代（いずれか）' },
      options: ageBandOptions,
    },
    {
      name: 'interests',
      type: 'select',
      hasMany: true,
      label: { en: 'Interests (at least one in common)', ja: '関心（1つ以上一致）' },
      options: topicOptions,
    },
    {
      name: 'combinator',
      type: 'radio',
      admin: {
        description: {
          en: 'How the criteria above combine. No criteria: every follower.',
          ja: '上の条件の組み合わせ方。条件なしは友だち全員（全県）です。',
        },
      },
      defaultValue: 'and',
      label: { en: 'Combine', ja: '条件の組み合わせ' },
      options: [
        { label: { en: 'All criteria (AND)', ja: 'すべて満たす（AND）' }, value: 'and' },
        { label: { en: 'Any criterion (OR)', ja: 'いずれかを満たす（OR）' }, value: 'or' },
      ],
      required: true,
    },
    {
      name: 'recipientCount',
      type: 'ui',
      admin: {
        components: { Field: '/plugins/line/components/SegmentCount#SegmentCount' },
      },
      label: { en: 'Recipients', ja: '配信対象数' },
    },
  ],
  labels: {
    plural: { en: 'LINE segments', ja: 'LINEセグメント' },
    singular: { en: 'LINE segment', ja: 'LINEセグメント' },
  },
})
