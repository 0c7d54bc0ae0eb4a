import type { Access, CollectionConfig, Field } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import type { ResolvedNotificationsOptions } from '../types'

import { STAFF_NOTICES } from '../constants'
import { label, type NotificationsKey } from '../translations'

const CLIENT = '@akita-dx/plugin-notifications/client'

const readOnly = (key: NotificationsKey, field: Record<string, unknown>): Field =>
  ({ ...field, admin: { readOnly: true, ...(field.admin as object) }, label: label(key) }) as Field

const timestamp = (key: NotificationsKey, name: string): Field =>
  readOnly(key, { name, type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } })

/** A notice is its recipient's alone: nobody else, admins included, reads it. */
export const ownNotices =
  (options: ResolvedNotificationsOptions): Access =>
  ({ req }) =>
    options.organisation.isStaffUser(req.user) ? { recipient: { equals: req.user!.id } } : false

/**
 * Written by the server only (the plugins' notices, through core's contract); read by their
 * recipient; marked read through the plugin's endpoints; removed after the retention period.
 */
export const buildStaffNotices = (options: ResolvedNotificationsOptions): CollectionConfig => ({
  slug: STAFF_NOTICES,
  access: { create: nobody, delete: nobody, read: ownNotices(options), update: nobody },
  admin: {
    components: options.disabled ? {} : { beforeListTable: [`${CLIENT}#NoticeListActions`] },
    defaultColumns: ['title', 'createdAt', 'readAt'],
    description: label('notices.description'),
    group: options.adminGroup,
    listSearchableFields: ['title', 'body'],
    pagination: { defaultLimit: 50 },
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: [
    readOnly('field.title', {
      name: 'title',
      type: 'text',
      admin: options.disabled ? {} : { components: { Cell: `${CLIENT}#NoticeTitleCell` } },
      required: true,
    }),
    readOnly('field.body', { name: 'body', type: 'textarea' }),
    readOnly('field.url', { name: 'url', type: 'text' }),
    readOnly('field.recipient', {
      name: 'recipient',
      type: 'relationship',
      index: true,
      relationTo: options.organisation.users,
      required: true,
    }),
    readOnly('field.kind', { name: 'kind', type: 'text', admin: { hidden: true }, index: true }),
    readOnly('field.event', { name: 'event', type: 'text', admin: { hidden: true }, index: true, required: true }),
    // `event|recipient`: the database itself refuses a second copy of one notice for one person.
    readOnly('field.key', { name: 'key', type: 'text', admin: { hidden: true }, required: true, unique: true }),
    timestamp('field.readAt', 'readAt'),
    timestamp('field.deliveredAt', 'deliveredAt'),
    timestamp('field.digestedAt', 'digestedAt'),
  ],
  labels: { plural: label('notices.plural'), singular: label('notices.singular') },
  timestamps: true,
})
