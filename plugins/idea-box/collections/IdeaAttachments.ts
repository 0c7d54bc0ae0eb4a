import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { SanitizedIdeaBoxConfig } from '../types'

import { isStaff, nobody } from '../../../src/access'
import { adminOrOwn, neverFromInput, readOwnFieldOrAdmin } from '../access'
import { ADMIN_GROUP, IDEA_ATTACHMENTS } from '../constants'
import { actorOf } from '../utilities/actor'
import { ownerField } from './shared'

const setUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const actor = actorOf(req)
  if (operation === 'create' && !actor.system) data.uploadedBy = actor.id
  return data
}

/** Files attached to ideas (資料, 写真): staff only, never public. */
export const buildIdeaAttachments = (options: SanitizedIdeaBoxConfig): CollectionConfig => ({
  slug: IDEA_ATTACHMENTS,
  access: {
    create: options.disabled ? nobody : isStaff,
    delete: adminOrOwn('uploadedBy'),
    read: isStaff,
    update: options.disabled ? nobody : adminOrOwn('uploadedBy'),
  },
  admin: { group: ADMIN_GROUP, useAsTitle: 'filename' },
  fields: [
    { name: 'description', type: 'text', label: { en: 'Description', ja: '説明' }, maxLength: 200 },
    ownerField('uploadedBy', { en: 'Uploaded by', ja: '登録者' }, {
      access: {
        create: neverFromInput,
        read: readOwnFieldOrAdmin('uploadedBy'),
        update: neverFromInput,
      },
    }),
  ],
  hooks: options.disabled ? {} : { beforeChange: [setUploader] },
  labels: {
    plural: { en: 'Attachments', ja: '添付ファイル' },
    singular: { en: 'Attachment', ja: '添付ファイル' },
  },
  upload: {
    mimeTypes: [
      'image/png',
      'image/jpeg',
      'image/webp',
      'application/pdf',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    staticDir: options.attachmentsDir,
  },
})
