import type { CollectionConfig } from 'payload'

import { municipalityOptions } from '../../src/lib/akita'
import { contentAccess, guardDepartment, ownDepartmentDefault } from '../contentAccess'
import { industryOptions } from '../subsidies/options'
import { fillStorySlug } from './hooks'

/** ロールモデル起業家: founders in Akita, their story and the programmes they used. */
export const FounderStories: CollectionConfig = {
  slug: 'founder-stories',
  access: contentAccess,
  admin: {
    defaultColumns: ['founderName', 'company', 'municipality', 'foundingYear', '_status'],
    group: { en: 'Founders', ja: '起業支援' },
    useAsTitle: 'founderName',
  },
  defaultSort: '-foundingYear',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'founderName', type: 'text', label: { en: 'Founder', ja: '起業家名' }, required: true },
        { name: 'company', type: 'text', label: { en: 'Company', ja: '会社・屋号' }, required: true },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Slug', ja: 'スラッグ' },
      unique: true,
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || /^[a-z0-9][a-z0-9-]{0,99}$/.test(String(value))
          ? true
          : '半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and hyphens',
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Headline', ja: '見出し' },
      maxLength: 80,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'municipality',
          type: 'select',
          index: true,
          label: { en: 'Municipality', ja: '市町村' },
          options: municipalityOptions,
          required: true,
        },
        {
          name: 'industry',
          type: 'select',
          index: true,
          label: { en: 'Industry', ja: '業種' },
          options: industryOptions,
        },
        {
          name: 'foundingYear',
          type: 'number',
          index: true,
          label: { en: 'Founded', ja: '創業年' },
          max: 2100,
          min: 1900,
        },
      ],
    },
    {
      name: 'portrait',
      type: 'upload',
      label: { en: 'Portrait', ja: '写真' },
      relationTo: 'media',
    },
    {
      name: 'quote',
      type: 'textarea',
      label: { en: 'Quote', ja: 'ひとこと' },
      maxLength: 200,
    },
    {
      name: 'story',
      type: 'richText',
      label: { en: 'Story', ja: 'ストーリー' },
    },
    {
      name: 'programmes',
      type: 'relationship',
      hasMany: true,
      index: true,
      label: { en: 'Programmes used', ja: '活用した支援制度' },
      relationTo: 'subsidies',
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      index: true,
      label: { en: 'Tags', ja: 'タグ' },
    },
    {
      name: 'department',
      type: 'relationship',
      defaultValue: ownDepartmentDefault,
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Department', ja: '担当課' },
      relationTo: 'departments',
    },
  ],
  hooks: {
    beforeValidate: [fillStorySlug, guardDepartment],
  },
  labels: {
    plural: { en: 'Founder stories', ja: 'ロールモデル起業家' },
    singular: { en: 'Founder story', ja: 'ロールモデル起業家' },
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 20,
  },
}
