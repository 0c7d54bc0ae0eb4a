import type { CollectionConfig } from 'payload'

import { appendFields } from '@akita-dx/plugin-core'

import type { ResolvedNotificationsOptions } from '../types'

import { DELIVERY_FIELD, DELIVERY_MODES } from '../constants'
import { label, optionsOf } from '../translations'

/** Each person's choice of how notices reach them besides the admin (their own account settings). */
export const withDeliveryField = (users: CollectionConfig, options: ResolvedNotificationsOptions): CollectionConfig =>
  appendFields(users, [
    {
      name: DELIVERY_FIELD,
      type: 'select',
      // A person's own choice; colleagues have no business reading it.
      access: { read: options.organisation.isAdminOrSelfField, update: options.organisation.isAdminOrSelfField },
      admin: { description: label('delivery.description') },
      defaultValue: options.defaultDelivery,
      label: label('delivery.label'),
      options: optionsOf('delivery', DELIVERY_MODES),
    },
  ])
