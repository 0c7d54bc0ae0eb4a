import type { Payload } from 'payload'

import { createMessagingClient, lineClientConfig } from '../client/config'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { linkResidents, publishedSegmentMenus, type RichMenuClient } from './links'

/** The subscriber fields a segment menu is chosen by (with the follow state). */
export const MENU_ATTRIBUTES = ['ageBand', 'followState', 'interests', 'municipality'] as const

/**
 * Gives one resident the menu that fits their attributes now (after registering, changing or
 * erasing them). Nothing to do, and no call to LINE, while no segment menu is published.
 */
export const relinkResident = async (payload: Payload, lineUserId: string, client?: RichMenuClient): Promise<void> => {
  const options = lineOptionsOf(payload)
  if (options.disabled || !options.richMenus) return
  const menus = await publishedSegmentMenus(payload, SLUGS.richMenus)
  if (menus.length === 0) return
  await linkResidents(payload, client ?? createMessagingClient(lineClientConfig()), menus, { lineUserId: { equals: lineUserId } })
}
