import type { Payload, PayloadRequest, Where } from 'payload'

import type { ID } from '@akita-dx/plugin-core/shared'

import { DELIVERY_FIELD, DELIVERY_MODES, type DeliveryMode } from '../constants'
import { notificationsOptions } from '../slot'

/** A person's choice, or the plugin's default for someone who never chose (or holds a value no longer offered). */
export const deliveryModeOf = (payload: Payload, user: Record<string, unknown>): DeliveryMode => {
  const value = user[DELIVERY_FIELD] as DeliveryMode
  return DELIVERY_MODES.includes(value) ? value : notificationsOptions.of(payload).defaultDelivery
}

/** Where clause of the users whose notices go out as `mode`. */
export const usersWithMode = (payload: Payload, mode: DeliveryMode): Where => {
  const chose: Where = { [DELIVERY_FIELD]: { equals: mode } }
  if (notificationsOptions.of(payload).defaultDelivery !== mode) return chose
  return { or: [chose, { [DELIVERY_FIELD]: { exists: false } }] }
}

/** Of these users, those whose notices go out as `mode`. */
export const recipientsWithMode = async (payload: Payload, ids: ID[], mode: DeliveryMode, req?: PayloadRequest): Promise<ID[]> => {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: notificationsOptions.of(payload).organisation.users,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { [DELIVERY_FIELD]: true },
    where: { id: { in: ids } },
  })
  return docs.filter((user) => deliveryModeOf(payload, user as Record<string, unknown>) === mode).map((user) => user.id)
}
