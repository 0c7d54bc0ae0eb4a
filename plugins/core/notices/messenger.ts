import type { Config, Payload } from 'payload'

import type { ID } from '../shared/ids'

import { registryOf, withRegistry } from '../server/registry'

/** A text for staff members' own phones (LINE), keyed so that a repeated call reaches each phone once. */
export type StaffMessage = {
  /** Stable key of the message; a retry with the same key is not delivered twice. */
  event: string
  text: string
  /** Ids in the organisation's users collection. */
  userIds: ID[]
}

/** Sends a staff message where it can and answers which users it reached (those with a linked account). */
export type StaffMessenger = (payload: Payload, message: StaffMessage) => Promise<{ reached: ID[] }>

/** Installs a channel to staff members' phones (the LINE plugin does, for staff who linked their LINE). */
export const addStaffMessenger = (config: Config, messenger: StaffMessenger): Config =>
  withRegistry(config, (registry) => ({ ...registry, staffMessengers: [...registry.staffMessengers, messenger] }))

/** Whether staff can be reached outside the admin at all. */
export const hasStaffMessenger = (payload: Payload): boolean => registryOf(payload.config).staffMessengers.length > 0

/**
 * Sends through every installed messenger and answers the users any of them reached. A messenger
 * that fails is logged (without the text) and counts as reaching nobody.
 */
export const messageStaff = async (payload: Payload, message: StaffMessage): Promise<{ reached: ID[] }> => {
  const reached = new Map<string, ID>()
  if (message.userIds.length === 0) return { reached: [] }
  for (const messenger of registryOf(payload.config).staffMessengers) {
    try {
      for (const id of (await messenger(payload, message)).reached) reached.set(String(id), id)
    } catch (error) {
      payload.logger.warn({ err: error, event: message.event, msg: 'staff message not sent' })
    }
  }
  return { reached: [...reached.values()] }
}
