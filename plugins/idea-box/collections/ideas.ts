import type { CollectionConfig, Field } from 'payload'

import type { IdeaBoxKey } from '../translations'
import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess } from '../access'
import { IDEA_ATTACHMENTS, IDEA_KINDS, IDEA_STATES, IDEAS } from '../constants'
import { ideaEndpoints } from '../endpoints'
import { cascadeIdeaDelete } from '../hooks/ideas/cascadeIdeaDelete'
import { deriveIdeaFields } from '../hooks/ideas/deriveIdeaFields'
import { guardIdeaChanges } from '../hooks/ideas/guardIdeaChanges'
import { followOwnIdea } from '../hooks/follows'
import { noticeIdeaDecision } from '../hooks/notices'
import { moderationReview } from '../hooks/moderationReview'
import { vetAuthorQueries } from '../hooks/vetAuthorQueries'
import { label, optionsOf } from '../translations'
import { derived, moderationFields, ownerField, staffField, stampField } from './commonFields'

/** A counter or flag the plugin keeps up to date, shown read-only in the sidebar. */
const derivedValue = (name: string, type: 'checkbox' | 'number', defaultValue: boolean | number, labelKey: IdeaBoxKey) =>
  ({
    name,
    type,
    access: derived,
    admin: { position: 'sidebar', readOnly: true },
    defaultValue,
    index: true,
    label: label(labelKey),
  }) as Field

/** The department's side of an idea: its decision, its answer and the history the author follows. */
const decisionFields = (options: ResolvedIdeaBoxOptions): Field[] => [
  {
    name: 'state',
    type: 'select',
    admin: { description: label('field.state.description'), position: 'sidebar' },
    defaultValue: 'open',
    index: true,
    label: label('field.state'),
    options: optionsOf('state', IDEA_STATES),
    required: true,
  },
  {
    name: 'officialAnswer',
    type: 'group',
    admin: { description: label('field.officialAnswer.description') },
    fields: [
      { name: 'text', type: 'textarea', label: label('field.answer'), maxLength: 4000 },
      staffField(options.organisation, 'answeredBy', 'field.answeredBy', { access: derived, admin: { readOnly: true } }),
      stampField('answeredAt', 'field.answeredAt', { admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } }),
    ],
    label: label('field.officialAnswer'),
  },
  {
    name: 'stateHistory',
    type: 'array',
    access: derived,
    admin: { description: label('field.stateHistory.description'), readOnly: true },
    fields: [
      { name: 'from', type: 'select', label: label('field.from'), options: optionsOf('state', IDEA_STATES) },
      { name: 'to', type: 'select', label: label('field.to'), options: optionsOf('state', IDEA_STATES) },
      staffField(options.organisation, 'changedBy', 'field.changedBy'),
      { name: 'changedAt', type: 'date', label: label('field.changedAt') },
    ],
    label: label('field.stateHistory'),
  },
  stampField('stateChangedAt', 'field.stateChangedAt', { index: true }),
  stampField('answerDueAt', 'field.answerDueAt', {
    admin: {
      date: { pickerAppearance: 'dayOnly' },
      description: label('field.answerDueAt.description'),
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
  }),
]

/** Ideas like the one being written, under its body (see components/SimilarIdeas.tsx). */
const similarIdeasField: Field = {
  name: 'similarIdeas',
  type: 'ui',
  admin: { components: { Field: '@akita-dx/plugin-idea-box/client#SimilarIdeas' } },
}

/** The vote button, follow, the answer and the discussion of a saved idea (see components/IdeaDiscussion.tsx). */
const discussionField: Field = {
  name: 'discussion',
  type: 'ui',
  admin: { components: { Field: '@akita-dx/plugin-idea-box/client#IdeaDiscussion' } },
}

/** What the author writes. */
const contentFields = (options: ResolvedIdeaBoxOptions): Field[] => [
  {
    name: 'kind',
    type: 'select',
    defaultValue: 'idea',
    index: true,
    label: label('field.kind'),
    options: optionsOf('kind', IDEA_KINDS),
    required: true,
  },
  { name: 'title', type: 'text', label: label('field.title'), maxLength: 120, required: true },
  { name: 'body', type: 'richText', label: label('field.body'), required: true },
  // Kept when disabled (the fields stay the same); without the endpoint it shows nothing.
  similarIdeasField,
  {
    name: 'category',
    type: 'select',
    defaultValue: 'other',
    index: true,
    label: label('field.category'),
    options: options.categories,
    required: true,
  },
  {
    name: 'targetDepartment',
    type: 'relationship',
    admin: { description: label('field.targetDepartment.description') },
    index: true,
    label: label('field.targetDepartment'),
    relationTo: options.organisation.departments,
    required: true,
  },
  { name: 'attachments', type: 'upload', hasMany: true, label: label('field.attachments'), relationTo: IDEA_ATTACHMENTS },
  {
    name: 'anonymous',
    type: 'checkbox',
    admin: { description: label('field.anonymous.description') },
    defaultValue: false,
    label: label('field.anonymous'),
  },
]

/** アイデア and 困りごと posted by staff, answered by the target department. */
export const buildIdeas = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  const access = ideaBoxAccess(organisation)
  return {
    slug: IDEAS,
    access: { create: organisation.isStaff, delete: organisation.isAdmin, read: access.visibleOrOwn('author'), update: access.updateIdeas },
    admin: {
      defaultColumns: ['title', 'kind', 'state', 'votesCount', 'commentsCount', 'targetDepartment', 'createdAt'],
      components: options.disabled
        ? {}
        : {
            beforeListTable: [
              {
                clientProps: { moderatorRoles: organisation.roleValues('admin'), rolesField: organisation.rolesField },
                path: '@akita-dx/plugin-idea-box/client#IdeaListViews',
              },
            ],
          },
      description: label('ideas.description'),
      group: label('adminGroup'),
      listSearchableFields: ['title', 'searchText'],
      useAsTitle: 'title',
    },
    defaultSort: '-createdAt',
    endpoints: ideaEndpoints(options),
    fields: [
      ...contentFields(options),
      // Right under the idea, so that staff reach 賛成する without scrolling past the department's
      // forms. Disabled, the endpoints it works through are gone (a ui field stores nothing).
      ...(options.disabled ? [] : [discussionField]),
      ownerField(organisation, 'author', 'field.author', { access: { ...derived, read: access.readAuthorField } }),
      ...decisionFields(options),
      derivedValue('votesCount', 'number', 0, 'field.votesCount'),
      derivedValue('commentsCount', 'number', 0, 'field.commentsCount'),
      derivedValue('awaitingAnswer', 'checkbox', true, 'field.awaitingAnswer'),
      {
        ...derivedValue('solved', 'checkbox', false, 'field.solved'),
        admin: { description: label('field.solved.description'), position: 'sidebar', readOnly: true },
      } as Field,
      ...moderationFields(organisation),
      { name: 'searchText', type: 'textarea', access: derived, admin: { hidden: true }, label: label('field.searchText') },
    ],
    hooks: {
      afterChange: [moderationReview(IDEAS, 'idea'), followOwnIdea(), noticeIdeaDecision()],
      beforeChange: [guardIdeaChanges(options), deriveIdeaFields(options.answerWithinDays)],
      beforeDelete: [cascadeIdeaDelete()],
      beforeOperation: [vetAuthorQueries(organisation, { onIdeas: true })],
    },
    labels: { plural: label('ideas.plural'), singular: label('ideas.singular') },
    timestamps: true,
  }
}
