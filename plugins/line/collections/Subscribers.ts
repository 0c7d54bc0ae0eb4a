import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isEditor, nobody } from '../../../src/access'
import { ageBandOptions, municipalityOptions, topicOptions } from '../../../src/lib/akita'
import { SLUGS } from '../constants'
import type { ResolvedLineOptions } from '../types'

/**
 * Residents who follow the official account and what they declared. Written by the webhook
 * only; editors see attributes and counts, never the LINE user ids (admins do, for support).
 */
export const subscribersCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.subscribers,
  access: {
    create: nobody,
    delete: isAdmin,
    read: isEditor,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['municipality', 'ageBand', 'interests', 'followState', 'followedAt'],
    description: {
      en: 'Residents who follow the LINE account. Written by the webhook; LINE user ids are visible to administrators only.',
      ja: 'LINE公式アカウントの友だち（県民）。Webhook が記録します。LINEユーザーIDは管理者のみ閲覧できます。',
    },
    group: options.adminGroup,
  },
  fields: [
    {
      name: 'lineUserId',
      type: 'text',
      access: { read: isAdminField, update: () => false },
      admin: { readOnly: true },
      index: true,
      label: { en: 'LINE user id', ja: 'LINEユーザーID' },
      required: true,
      unique: true,
    },
    {
      name: 'followState',
      type: 'select',
      defaultValue: 'following',
      index: true,
      label: { en: 'Follow state', ja: '友だち状態' },
      options: [
        { label: { en: 'Following', ja: '友だち' }, value: 'following' },
        { label: { en: 'Blocked', ja: 'ブロック' }, value: 'blocked' },
      ],
      required: true,
    },
    { name: 'followedAt', type: 'date', label: { en: 'Followed at', ja: '友だち追加日時' } },
    { name: 'unfollowedAt', type: 'date', label: { en: 'Blocked at', ja: 'ブロック日時' } },
    {
      name: 'municipality',
      type: 'select',
      index: true,
      label: { en: 'Municipality', ja: 'お住まいの市町村' },
      options: municipalityOptions,
    },
    {
      name: 'ageBand',
      type: 'select',
      index: true,
      label: { en: 'Age band', ja: '年代' },
      options: ageBandOptions,
    },
    {
      name: 'interests',
      type: 'select',
      hasMany: true,
      index: true,
      label: { en: 'Interests', ja: '関心のある分野' },
      options: topicOptions,
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'ja',
      label: { en: 'Language', ja: '言語' },
      options: [
        { label: '日本語', value: 'ja' },
        { label: 'English', value: 'en' },
      ],
    },
    {
      name: 'consentAt',
      type: 'date',
      label: { en: 'Consent to targeted messages', ja: '属性登録・配信への同意日時' },
    },
    {
      name: 'registrationStep',
      type: 'select',
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Registration step', ja: '登録会話の段階' },
      options: [
        { label: { en: 'Region', ja: '地域' }, value: 'region' },
        { label: { en: 'Municipality', ja: '市町村' }, value: 'municipality' },
        { label: { en: 'Age band', ja: '年代' }, value: 'ageBand' },
        { label: { en: 'Interests', ja: '関心' }, value: 'interests' },
      ],
    },
  ],
  labels: {
    plural: { en: 'LINE subscribers', ja: 'LINE友だち' },
    singular: { en: 'LINE subscriber', ja: 'LINE友だち' },
  },
})
