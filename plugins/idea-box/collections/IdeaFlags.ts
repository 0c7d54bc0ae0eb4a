import type { CollectionConfig } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../types'

import { isAdmin, isStaff, nobody } from '../../../src/access'
import { adminOrOwn, neverFromInput } from '../access'
import { ADMIN_GROUP, FLAG_REASONS, FLAG_STATUSES, IDEA_COMMENTS, IDEA_FLAGS, IDEAS } from '../constants'
import { duplicateAsConflict } from '../hooks/duplicateAsConflict'
import { vetAuthorQueries } from '../hooks/ideas/vetAuthorQueries'
import { countFlag, prepareFlag, uncountFlag } from '../hooks/flags'
import { ownerField } from './shared'

const derived = { create: neverFromInput, update: neverFromInput }

/** Reports on ideas or comments; reporters see their own, admins review them all. */
export const buildIdeaFlags = (options: SanitizedIdeaBoxConfig): CollectionConfig => ({
  slug: IDEA_FLAGS,
  access: {
    create: options.disabled ? nobody : isStaff,
    delete: isAdmin,
    read: adminOrOwn('reporter'),
    update: options.disabled ? nobody : isAdmin,
  },
  admin: {
    defaultColumns: ['reason', 'idea', 'comment', 'status', 'reporter', 'createdAt'],
    description: {
      en: `At ${options.flagThreshold} open reports an item is hidden until an administrator hides or restores it.`,
      ja: `未対応の通報が ${options.flagThreshold} 件になると、管理者が確認するまで非表示になります。提案・コメントの「公開状態」で非表示・再表示を決めると通報は確認済みになります。`,
    },
    group: ADMIN_GROUP,
  },
  fields: [
    {
      name: 'idea',
      type: 'relationship',
      index: true,
      label: { en: 'Idea', ja: '提案' },
      relationTo: IDEAS,
    },
    {
      name: 'comment',
      type: 'relationship',
      index: true,
      label: { en: 'Comment', ja: 'コメント' },
      relationTo: IDEA_COMMENTS,
    },
    {
      name: 'reason',
      type: 'select',
      label: { en: 'Reason', ja: '理由' },
      options: [...FLAG_REASONS],
      required: true,
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', ja: '補足' }, maxLength: 500 },
    ownerField('reporter', { en: 'Reported by', ja: '通報者' }),
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'open',
      index: true,
      label: { en: 'Status', ja: '対応状況' },
      options: [...FLAG_STATUSES],
      required: true,
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Reviewed by', ja: '確認者' },
      relationTo: 'users',
    },
    {
      name: 'reviewedAt',
      type: 'date',
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Reviewed at', ja: '確認日時' },
    },
    {
      name: 'targetKey',
      type: 'text',
      access: derived,
      admin: { hidden: true },
      index: true,
      label: { en: 'Target', ja: '対象' },
    },
  ],
  hooks: options.disabled
    ? { beforeOperation: [vetAuthorQueries({ onIdeas: false })] }
    : {
        beforeOperation: [vetAuthorQueries({ onIdeas: false })],
        afterChange: [countFlag(options)],
        afterDelete: [uncountFlag()],
        afterError: [duplicateAsConflict(['target_key', 'reporter_id'], 'この項目は既に通報しています')],
        beforeChange: [prepareFlag()],
      },
  // One report per person per item, also under concurrent requests.
  indexes: [{ fields: ['targetKey', 'reporter'], unique: true }],
  labels: {
    plural: { en: 'Reports', ja: '通報' },
    singular: { en: 'Report', ja: '通報' },
  },
})
