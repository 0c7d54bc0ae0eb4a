import type { CollectionConfig } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../types'

import { isAdmin, isStaff, nobody } from '../../../src/access'
import { adminOrOwn, neverFromInput, readComments, readCommentBody } from '../access'
import { ADMIN_GROUP, IDEA_COMMENTS, IDEAS, STANCES } from '../constants'
import { vetAuthorQueries } from '../hooks/ideas/vetAuthorQueries'
import { countComment, prepareComment, uncountComment } from '../hooks/comments'
import { moderationReview } from '../hooks/ideas/moderationReview'
import { moderationFields, ownerField } from './shared'

const derived = { create: neverFromInput, update: neverFromInput }

/** Threaded discussion of an idea, each comment with a stance (賛成 / 中立 / 懸念) as in Decidim. */
export const buildIdeaComments = (options: SanitizedIdeaBoxConfig): CollectionConfig => ({
  slug: IDEA_COMMENTS,
  access: {
    create: options.disabled ? nobody : isStaff,
    // Authors delete softly (deleted: true) so replies keep their place; removing rows is moderation.
    delete: isAdmin,
    read: readComments,
    update: options.disabled ? nobody : adminOrOwn('author'),
  },
  admin: {
    defaultColumns: ['body', 'idea', 'stance', 'author', 'depth', 'createdAt'],
    group: ADMIN_GROUP,
    useAsTitle: 'body',
  },
  fields: [
    {
      name: 'idea',
      type: 'relationship',
      index: true,
      label: { en: 'Idea', ja: '提案' },
      relationTo: IDEAS,
      required: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      filterOptions: ({ data }) => (data?.idea ? { idea: { equals: data.idea } } : true),
      index: true,
      label: { en: 'Reply to', ja: '返信先' },
      relationTo: IDEA_COMMENTS,
    },
    {
      name: 'stance',
      type: 'select',
      defaultValue: 'neutral',
      label: { en: 'Stance', ja: '立場' },
      options: [...STANCES],
      required: true,
    },
    {
      name: 'body',
      type: 'textarea',
      access: { read: readCommentBody },
      label: { en: 'Comment', ja: 'コメント' },
      maxLength: 2000,
      required: true,
    },
    ownerField('author', { en: 'Author', ja: '投稿者' }),
    {
      name: 'depth',
      type: 'number',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Depth', ja: '階層' },
    },
    {
      name: 'deleted',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: false,
      index: true,
      label: { en: 'Deleted', ja: '削除済み' },
    },
    {
      name: 'deletedAt',
      type: 'date',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Deleted at', ja: '削除日時' },
    },
    {
      name: 'editedAt',
      type: 'date',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Edited at', ja: '編集日時' },
    },
    ...moderationFields(),
  ],
  hooks: options.disabled
    ? { beforeOperation: [vetAuthorQueries({ onIdeas: false })] }
    : {
        beforeOperation: [vetAuthorQueries({ onIdeas: false })],
        afterChange: [countComment(), moderationReview(IDEA_COMMENTS, 'comment')],
        afterDelete: [uncountComment()],
        beforeChange: [prepareComment(options)],
      },
  labels: {
    plural: { en: 'Comments', ja: 'コメント' },
    singular: { en: 'Comment', ja: 'コメント' },
  },
})
