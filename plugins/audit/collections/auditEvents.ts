import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, Field } from 'payload'

import { AUDIT_ACTIONS, forbidden, nobody } from '@akita-dx/plugin-core'

import type { ResolvedAuditOptions } from '../types'

import { AUDIT_EVENTS } from '../constants'
import { type AuditKey, label, message, optionsOf } from '../translations'

/**
 * Entries are written once, by the server (create access is nobody's, the recorder writes past
 * it). Nothing, not even server code with `overrideAccess`, updates or deletes one through
 * Payload; only the retention task removes old entries, directly in the database.
 */
const immutable: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update') throw forbidden(message(req, 'error.immutable'))
  return data
}

const undeletable: CollectionBeforeDeleteHook = ({ req }) => {
  throw forbidden(message(req, 'error.immutable'))
}

const readOnly = (key: AuditKey, field: Record<string, unknown>): Field =>
  ({ ...field, admin: { readOnly: true }, label: label(key) }) as Field

export const buildAuditEvents = (options: ResolvedAuditOptions): CollectionConfig => {
  const { organisation } = options
  return {
    slug: AUDIT_EVENTS,
    access: {
      create: nobody,
      delete: nobody,
      // Admins read every entry; editors those of their department; nobody else any.
      read: organisation.adminOrDepartmentEditor('department'),
      update: nobody,
    },
    admin: {
      components: options.disabled ? {} : { beforeListTable: ['@akita-dx/plugin-audit/client#ExportCsv'] },
      defaultColumns: ['createdAt', 'action', 'userName', 'collectionLabel', 'documentTitle', 'department'],
      description: label('events.description'),
      group: options.adminGroup,
      listSearchableFields: ['documentTitle', 'userName', 'note'],
      pagination: { defaultLimit: 50 },
      useAsTitle: 'documentTitle',
    },
    defaultSort: '-createdAt',
    disableDuplicate: true,
    fields: [
      readOnly('field.action', {
        name: 'action',
        type: 'select',
        index: true,
        options: optionsOf('action', AUDIT_ACTIONS),
        required: true,
      }),
      readOnly('field.user', { name: 'user', type: 'relationship', index: true, relationTo: organisation.users }),
      readOnly('field.userName', { name: 'userName', type: 'text' }),
      readOnly('field.department', { name: 'department', type: 'relationship', index: true, relationTo: organisation.departments }),
      readOnly('field.collection', { name: 'collection', type: 'text', index: true }),
      readOnly('field.collectionLabel', { name: 'collectionLabel', type: 'text' }),
      readOnly('field.documentId', { name: 'documentId', type: 'text', index: true }),
      readOnly('field.documentTitle', { name: 'documentTitle', type: 'text' }),
      readOnly('field.changes', { name: 'changes', type: 'json' }),
      readOnly('field.draft', { name: 'draft', type: 'checkbox', defaultValue: false }),
      readOnly('field.note', { name: 'note', type: 'textarea' }),
    ],
    hooks: { beforeChange: [immutable], beforeDelete: [undeletable] },
    labels: { plural: label('events.plural'), singular: label('events.singular') },
    timestamps: true,
  }
}
