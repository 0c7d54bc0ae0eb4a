import type { CollectionConfig } from 'payload'

import { organisation } from '../src/access'
import { municipalityOptions, topicOptions } from '../src/lib/akita'
import { contentAccess, guardDepartment, ownDepartmentDefault } from './contentAccess'
import { httpUrl } from './subsidies/fields/application'

/**
 * お知らせ for residents. The LINE plugin builds messages from title, summary (the alt text and
 * preview, hence ≤ 120 characters), heroImage, category, municipalities and links.
 */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  access: contentAccess,
  admin: {
    defaultColumns: ['title', 'category', 'department', 'updatedAt', '_status'],
    group: { en: 'Content', ja: 'コンテンツ' },
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', ja: 'タイトル' },
      maxLength: 100,
      required: true,
    },
    {
      name: 'summary',
      type: 'textarea',
      admin: {
        description: {
          en: 'Up to 120 characters: the LINE notification preview and alt text',
          ja: '120文字以内。LINE の通知プレビューと代替テキストになります',
        },
      },
      label: { en: 'Summary', ja: '概要' },
      maxLength: 120,
      required: true,
    },
    {
      name: 'body',
      type: 'richText',
      label: { en: 'Body', ja: '本文' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      label: { en: 'Hero image', ja: 'メイン画像' },
      relationTo: 'media',
    },
    {
      name: 'links',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', ja: 'ボタン名' }, maxLength: 20, required: true },
        { name: 'url', type: 'text', label: { en: 'URL', ja: 'URL' }, required: true, validate: httpUrl },
      ],
      label: { en: 'Links', ja: 'リンク' },
      labels: { plural: { en: 'Links', ja: 'リンク' }, singular: { en: 'Link', ja: 'リンク' } },
      maxRows: 4,
    },
    {
      name: 'category',
      type: 'select',
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Category', ja: 'カテゴリ' },
      options: topicOptions,
      required: true,
    },
    {
      name: 'municipalities',
      type: 'select',
      admin: {
        description: { en: 'Empty: the whole prefecture', ja: '空欄は県内全域' },
        position: 'sidebar',
      },
      // A municipality's office writes for its own municipality (the LINE plugin enforces it on save).
      defaultValue: organisation.ownMunicipalityDefault,
      filterOptions: organisation.ownMunicipalityOptions,
      hasMany: true,
      index: true,
      label: { en: 'Target municipalities', ja: '対象市町村' },
      options: municipalityOptions,
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
    beforeValidate: [guardDepartment],
  },
  labels: {
    plural: { en: 'Announcements', ja: 'お知らせ' },
    singular: { en: 'Announcement', ja: 'お知らせ' },
  },
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 20,
  },
}
