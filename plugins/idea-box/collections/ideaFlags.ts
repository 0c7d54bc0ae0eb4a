import type { CollectionConfig } from 'payload'

import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess } from '../access'
import { FLAG_REASONS, FLAG_STATUSES, IDEA_COMMENTS, IDEA_FLAGS, IDEAS } from '../constants'
import { duplicateAsConflict } from '../hooks/duplicateAsConflict'
import { countFlag, prepareFlag, uncountFlag } from '../hooks/flags'
import { vetAuthorQueries } from '../hooks/vetAuthorQueries'
import { label, labelWith, optionsOf } from '../translations'
import { derived, ownerField, staffField, stampField } from './commonFields'

/** Reports on ideas or comments; reporters see their own, admins review them all. */
export const buildIdeaFlags = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  return {
    slug: IDEA_FLAGS,
    access: {
      create: organisation.isStaff,
      delete: organisation.isAdmin,
      read: ideaBoxAccess(organisation).adminOrOwn('reporter'),
      update: organisation.isAdmin,
    },
    admin: {
      defaultColumns: ['reason', 'idea', 'comment', 'status', 'reporter', 'createdAt'],
      description: labelWith('flags.description', { threshold: options.flagThreshold }),
      group: label('adminGroup'),
    },
    fields: [
      { name: 'idea', type: 'relationship', index: true, label: label('field.idea'), relationTo: IDEAS },
      { name: 'comment', type: 'relationship', index: true, label: label('field.comment'), relationTo: IDEA_COMMENTS },
      { name: 'reason', type: 'select', label: label('field.reason'), options: optionsOf('reason', FLAG_REASONS), required: true },
      { name: 'note', type: 'textarea', label: label('field.note'), maxLength: 500 },
      ownerField(organisation, 'reporter', 'field.reporter'),
      {
        name: 'status',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'open',
        index: true,
        label: label('field.flagStatus'),
        options: optionsOf('flagStatus', FLAG_STATUSES),
        required: true,
      },
      staffField(organisation, 'reviewedBy', 'field.reviewedBy', { access: derived, admin: { position: 'sidebar', readOnly: true } }),
      stampField('reviewedAt', 'field.reviewedAt'),
      { name: 'targetKey', type: 'text', access: derived, admin: { hidden: true }, index: true, label: label('field.targetKey') },
    ],
    hooks: {
      afterChange: [countFlag(options)],
      afterDelete: [uncountFlag()],
      afterError: [duplicateAsConflict(['target_key', 'reporter_id'], 'error.alreadyReported')],
      beforeChange: [prepareFlag(organisation)],
      beforeOperation: [vetAuthorQueries(organisation, { onIdeas: false })],
    },
    // One report per person per item, also under concurrent requests.
    indexes: [{ fields: ['targetKey', 'reporter'], unique: true }],
    labels: { plural: label('flags.plural'), singular: label('flags.singular') },
  }
}
