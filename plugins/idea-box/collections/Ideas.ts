import type { CollectionConfig } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../types'

import { isAdmin, isStaff, nobody } from '../../../src/access'
import { neverFromInput, readAuthorField, readIdeas, updateIdeas } from '../access'
import { ADMIN_GROUP, IDEA_ATTACHMENTS, IDEA_KINDS, IDEA_STATES, IDEAS } from '../constants'
import { ideaEndpoints } from '../endpoints'
import { cascadeIdeaDelete } from '../hooks/ideas/cascadeIdeaDelete'
import { deriveIdeaFields } from '../hooks/ideas/deriveIdeaFields'
import { guardIdeaChanges } from '../hooks/ideas/guardIdeaChanges'
import { moderationReview } from '../hooks/ideas/moderationReview'
import { vetAuthorQueries } from '../hooks/ideas/vetAuthorQueries'
import { moderationFields, ownerField } from './shared'

const derived = { create: neverFromInput, update: neverFromInput }

/** アイデア and 困りごと posted by staff, answered by the target department. */
export const buildIdeas = (options: SanitizedIdeaBoxConfig): CollectionConfig => ({
  slug: IDEAS,
  access: {
    create: options.disabled ? nobody : isStaff,
    delete: isAdmin,
    read: readIdeas,
    update: options.disabled ? nobody : updateIdeas,
  },
  admin: {
    defaultColumns: ['title', 'kind', 'state', 'votesCount', 'commentsCount', 'targetDepartment', 'createdAt'],
    description: {
      en: 'Sort by votes or date with the column headers; filter on "Awaiting answer" for your department, or on "Solved" for know-how.',
      ja: '列見出しで投票数順・新着順に並べ替えられます。「回答待ち」と対象課で絞り込むと自課の回答待ち、「解決済み」で絞り込むとノウハウ一覧になります。',
    },
    group: ADMIN_GROUP,
    listSearchableFields: ['title', 'searchText'],
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  endpoints: options.disabled ? [] : ideaEndpoints(),
  fields: [
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'idea',
      index: true,
      label: { en: 'Kind', ja: '種別' },
      options: [...IDEA_KINDS],
      required: true,
    },
    { name: 'title', type: 'text', label: { en: 'Title', ja: '件名' }, maxLength: 120, required: true },
    { name: 'body', type: 'richText', label: { en: 'Details', ja: '内容' }, required: true },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'other',
      index: true,
      label: { en: 'Category', ja: 'カテゴリ' },
      options: options.categories,
      required: true,
    },
    {
      name: 'targetDepartment',
      type: 'relationship',
      admin: { description: { en: 'The department that should answer', ja: '回答してほしい課' } },
      index: true,
      label: { en: 'Target department', ja: '対象課' },
      relationTo: 'departments',
      required: true,
    },
    {
      name: 'attachments',
      type: 'upload',
      hasMany: true,
      label: { en: 'Attachments', ja: '添付ファイル' },
      relationTo: IDEA_ATTACHMENTS,
    },
    {
      name: 'anonymous',
      type: 'checkbox',
      admin: {
        description: {
          en: 'Colleagues do not see who posted it; administrators still do, for moderation.',
          ja: '職員には投稿者を表示しません（管理者には運営のため表示されます）。',
        },
      },
      defaultValue: false,
      label: { en: 'Post anonymously', ja: '匿名で投稿' },
    },
    ownerField('author', { en: 'Author', ja: '投稿者' }, { access: { ...derived, read: readAuthorField } }),
    {
      name: 'state',
      type: 'select',
      admin: {
        description: { en: 'Changed by the target department’s editors', ja: '対象課の編集者が変更します' },
        position: 'sidebar',
      },
      defaultValue: 'open',
      index: true,
      label: { en: 'State', ja: '状態' },
      options: [...IDEA_STATES],
      required: true,
    },
    {
      name: 'officialAnswer',
      type: 'group',
      admin: { description: { en: 'Answer of the target department', ja: '対象課からの公式回答' } },
      fields: [
        { name: 'text', type: 'textarea', label: { en: 'Answer', ja: '回答' }, maxLength: 4000 },
        {
          name: 'answeredBy',
          type: 'relationship',
          access: derived,
          admin: { readOnly: true },
          label: { en: 'Answered by', ja: '回答者' },
          relationTo: 'users',
        },
        {
          name: 'answeredAt',
          type: 'date',
          access: derived,
          admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
          label: { en: 'Answered at', ja: '回答日時' },
        },
      ],
      label: { en: 'Official answer', ja: '公式回答' },
    },
    {
      name: 'stateHistory',
      type: 'array',
      access: derived,
      admin: {
        description: { en: 'Every change of state, for the author to follow', ja: '状態の変更履歴（投稿者が進み具合を確認できます）' },
        readOnly: true,
      },
      fields: [
        { name: 'from', type: 'select', label: { en: 'From', ja: '変更前' }, options: [...IDEA_STATES] },
        { name: 'to', type: 'select', label: { en: 'To', ja: '変更後' }, options: [...IDEA_STATES] },
        { name: 'changedBy', type: 'relationship', label: { en: 'By', ja: '変更者' }, relationTo: 'users' },
        { name: 'changedAt', type: 'date', label: { en: 'At', ja: '日時' } },
      ],
      label: { en: 'State history', ja: '状態の履歴' },
    },
    {
      name: 'stateChangedAt',
      type: 'date',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: { en: 'State changed at', ja: '状態の更新日時' },
    },
    {
      name: 'votesCount',
      type: 'number',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 0,
      index: true,
      label: { en: 'Votes', ja: '投票数' },
    },
    {
      name: 'commentsCount',
      type: 'number',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 0,
      index: true,
      label: { en: 'Comments', ja: 'コメント数' },
    },
    {
      name: 'awaitingAnswer',
      type: 'checkbox',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: true,
      index: true,
      label: { en: 'Awaiting answer', ja: '回答待ち' },
    },
    {
      name: 'solved',
      type: 'checkbox',
      access: derived,
      admin: {
        description: { en: 'A problem with an accepted answer: know-how', ja: '回答が採用された困りごと（ノウハウ）' },
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: false,
      index: true,
      label: { en: 'Solved (know-how)', ja: '解決済み（ノウハウ）' },
    },
    ...moderationFields(),
    {
      name: 'searchText',
      type: 'textarea',
      access: derived,
      admin: { hidden: true },
      label: { en: 'Search text', ja: '検索用テキスト' },
    },
  ],
  hooks: options.disabled
    ? // Privacy holds even when the behaviour is off.
      { beforeOperation: [vetAuthorQueries({ onIdeas: true })] }
    : {
        afterChange: [moderationReview(IDEAS, 'idea')],
        beforeChange: [guardIdeaChanges(), deriveIdeaFields()],
        beforeDelete: [cascadeIdeaDelete()],
        beforeOperation: [vetAuthorQueries({ onIdeas: true })],
      },
  labels: {
    plural: { en: 'Ideas', ja: 'アイデア・困りごと' },
    singular: { en: 'Idea', ja: 'アイデア・困りごと' },
  },
  timestamps: true,
})
