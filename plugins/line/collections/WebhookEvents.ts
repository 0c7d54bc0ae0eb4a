import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'
import { SLUGS } from '../constants'

/**
 * Webhook events as received: the unique `webhookEventId` makes a redelivered event a no-op.
 * A process claims a row (`claimedBy`, `claimedAt`) before working on it; a row a dead process
 * left `pending` or `processing` is taken over once its claim is older than the lease, and the
 * stored `plan` makes the second run apply exactly what the first one decided.
 */
export const webhookEventsCollection = (): CollectionConfig => ({
  slug: SLUGS.events,
  access: {
    create: nobody,
    delete: isAdmin,
    read: isAdmin,
    update: nobody,
  },
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
      options: [
        { label: 'pending', value: 'pending' },
        { label: 'processing', value: 'processing' },
        { label: 'done', value: 'done' },
        { label: 'ignored', value: 'ignored' },
        { label: 'failed', value: 'failed' },
      ],
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
