import type { CollectionConfig } from 'payload'

import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess } from '../access'
import { IDEA_COMMENTS, IDEAS, STANCES } from '../constants'
import { countComment, prepareComment, uncountComment } from '../hooks/comments'
import { moderationReview } from '../hooks/moderationReview'
import { noticeComment } from '../hooks/notices'
import { vetAuthorQueries } from '../hooks/vetAuthorQueries'
import { label, optionsOf } from '../translations'
import { derived, moderationFields, ownerField, stampField } from './commonFields'

/** Threaded discussion of an idea, each comment with a stance (賛成 / 中立 / 懸念) as in Decidim. */
export const buildIdeaComments = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  const access = ideaBoxAccess(organisation)
  return {
    slug: IDEA_COMMENTS,
    access: {
      create: organisation.isStaff,
      // Authors delete softly (deleted: true) so replies keep their place; removing rows is moderation.
      delete: organisation.isAdmin,
      read: access.visibleOrOwn('author'),
      update: access.adminOrOwn('author'),
    },
    admin: {
      defaultColumns: ['body', 'idea', 'stance', 'author', 'depth', 'createdAt'],
      group: label('adminGroup'),
      useAsTitle: 'body',
    },
    fields: [
      { name: 'idea', type: 'relationship', index: true, label: label('field.idea'), relationTo: IDEAS, required: true },
      {
        name: 'parent',
        type: 'relationship',
        filterOptions: ({ data }) => (data?.idea ? { idea: { equals: data.idea } } : true),
        index: true,
        label: label('field.parent'),
        relationTo: IDEA_COMMENTS,
      },
      {
        name: 'stance',
        type: 'select',
        defaultValue: 'neutral',
        label: label('field.stance'),
        options: optionsOf('stance', STANCES),
        required: true,
      },
      {
        name: 'body',
        type: 'textarea',
        access: { read: access.readCommentBody },
        label: label('field.comment'),
        maxLength: 2000,
        required: true,
      },
      ownerField(organisation, 'author', 'field.author'),
      { name: 'depth', type: 'number', access: derived, admin: { position: 'sidebar', readOnly: true }, label: label('field.depth') },
      {
        name: 'deleted',
        type: 'checkbox',
        admin: { position: 'sidebar' },
        defaultValue: false,
        index: true,
        label: label('field.deleted'),
      },
      stampField('deletedAt', 'field.deletedAt'),
      stampField('editedAt', 'field.editedAt'),
      ...moderationFields(organisation),
    ],
    hooks: {
      afterChange: [countComment(), moderationReview(IDEA_COMMENTS, 'comment'), noticeComment()],
      afterDelete: [uncountComment()],
      beforeChange: [prepareComment(options)],
      beforeOperation: [vetAuthorQueries(organisation, { onIdeas: false })],
    },
    labels: { plural: label('comments.plural'), singular: label('comments.singular') },
  }
}
