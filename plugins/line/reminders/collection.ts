import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

/**
 * Each resident's deadline digest of a day, planned before it is sent: `key` (subscriber:day)
 * is unique, so a resident gets at most one a day however often the planner runs, and the text
 * is stored so that a retry sends what the first try did.
 */
export const remindersCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.reminders,
  access: { create: nobody, delete: nobody, read: options.organisation.isAdmin, update: nobody },
  admin: {
    defaultColumns: ['day', 'status', 'programmes', 'sentAt'],
    group: options.adminGroup,
    hidden: ({ user }) => !options.organisation.isAdminUser(user),
  },
  fields: [
    { name: 'key', type: 'text', admin: { hidden: true }, required: true, unique: true },
    { name: 'subscriber', type: 'relationship', index: true, label: label('subscribersSingular'), relationTo: SLUGS.subscribers },
    { name: 'day', type: 'text', index: true, label: label('reminderDay'), required: true },
    { name: 'programmes', type: 'number', label: label('reminderProgrammes'), required: true },
    { name: 'text', type: 'textarea', label: label('reminderText'), required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: label('reminderStatus'),
      options: [
        { label: label('batchPending'), value: 'pending' },
        { label: label('batchSent'), value: 'sent' },
        { label: label('batchFailed'), value: 'failed' },
        { label: label('reminderSkipped'), value: 'skipped' },
      ],
      required: true,
    },
    { name: 'sentAt', type: 'date', label: label('reminderSentAt') },
    { name: 'lastError', type: 'text', label: label('stepLastError') },
  ],
  labels: { plural: label('remindersPlural'), singular: label('remindersSingular') },
})
