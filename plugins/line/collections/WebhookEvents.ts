import type { CollectionConfig } from 'payload'

import { nobody, type Organisation } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'

/**
 * Webhook events as received: the unique `webhookEventId` makes a redelivered event a no-op.
 * A process claims a row (`claimedBy`, `claimedAt`) before working on it; a row a dead process
 * left `pending` or `processing` is taken over once its claim is older than the lease, and the
 * stored `plan` makes the second run apply exactly what the first one decided.
 */
export const webhookEventsCollection = (organisation: Organisation): CollectionConfig => ({
  slug: SLUGS.events,
  access: { create: nobody, delete: organisation.isAdmin, read: organisation.isAdmin, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'webhookEventId', type: 'text', index: true, required: true, unique: true },
    { name: 'type', type: 'text', index: true },
    { name: 'lineUserId', type: 'text', index: true },
    { name: 'event', type: 'json', required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'processing', 'done', 'ignored', 'failed'].map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'error', type: 'text' },
    { name: 'receivedAt', type: 'date', index: true },
    { name: 'claimedAt', type: 'date', index: true },
    { name: 'claimedBy', type: 'text' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'plan', type: 'json' },
  ],
})
