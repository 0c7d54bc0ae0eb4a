import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

/**
 * Where each resident is in each step series: the day of the last step sent (-1: none yet), and
 * whether the series goes on. Written by the server only; a resident appears in a series once
 * (`key` = series:subscriber is unique), however often the event that enrolled them repeats.
 */
export const stepEnrolmentsCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.stepEnrolments,
  access: { create: nobody, delete: nobody, read: options.organisation.isAdmin, update: nobody },
  admin: {
    defaultColumns: ['series', 'state', 'lastDay', 'startedAt'],
    group: options.adminGroup,
    hidden: ({ user }) => !options.organisation.isAdminUser(user),
  },
  fields: [
    { name: 'key', type: 'text', admin: { hidden: true }, required: true, unique: true },
    { name: 'series', type: 'relationship', index: true, label: label('stepSeriesSingular'), relationTo: SLUGS.stepSeries, required: true },
    {
      name: 'subscriber',
      type: 'relationship',
      index: true,
      label: label('subscribersSingular'),
      relationTo: SLUGS.subscribers,
      required: true,
    },
    { name: 'startedAt', type: 'date', index: true, label: label('stepStartedAt'), required: true },
    { name: 'lastDay', type: 'number', defaultValue: -1, index: true, label: label('stepLastDay'), required: true },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'active',
      index: true,
      label: label('stepState'),
      options: [
        { label: label('stepStateActive'), value: 'active' },
        { label: label('stepStateCompleted'), value: 'completed' },
        { label: label('stepStateStopped'), value: 'stopped' },
        { label: label('stepStateFailed'), value: 'failed' },
      ],
      required: true,
    },
    { name: 'stoppedAt', type: 'date', label: label('stepStoppedAt') },
    { name: 'lastError', type: 'text', label: label('stepLastError') },
  ],
  labels: { plural: label('stepEnrolmentsPlural'), singular: label('stepEnrolmentsSingular') },
})
