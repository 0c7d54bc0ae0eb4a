import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { ResolvedIdeaBoxOptions } from '../types'

import { ideaBoxAccess, neverFromInput } from '../access'
import { IDEA_ATTACHMENTS } from '../constants'
import { label } from '../translations'
import { ownerField } from './commonFields'

const setUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.uploadedBy = req.user.id
  return data
}

/** Files attached to ideas (資料, 写真): staff only, never public. */
export const buildIdeaAttachments = (options: ResolvedIdeaBoxOptions): CollectionConfig => {
  const { organisation } = options
  const access = ideaBoxAccess(organisation)
  return {
    slug: IDEA_ATTACHMENTS,
    access: {
      create: organisation.isStaff,
      delete: access.adminOrOwn('uploadedBy'),
      read: organisation.isStaff,
      update: access.adminOrOwn('uploadedBy'),
    },
    admin: { group: label('adminGroup'), useAsTitle: 'filename' },
    fields: [
      { name: 'description', type: 'text', label: label('field.description'), maxLength: 200 },
      ownerField(organisation, 'uploadedBy', 'field.uploadedBy', {
        access: { create: neverFromInput, read: access.readOwnFieldOrAdmin('uploadedBy'), update: neverFromInput },
      }),
    ],
    hooks: { beforeChange: [setUploader] },
    labels: { plural: label('attachments.plural'), singular: label('attachments.singular') },
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
  }
}
