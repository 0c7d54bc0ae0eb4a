import type { messagingApi } from '@line/bot-sdk'
import type { Payload, Where } from 'payload'

import { followingPages } from '../residents/followers'
import { matchesRule, type SegmentRule, type SubscriberAttributes } from '../segments/rule'

/** Bulk link and unlink take at most this many users per call (LINE's limit). */
export const BULK_LINK_USERS = 500

export type RichMenuClient = Pick<
  messagingApi.MessagingApiClient,
  | 'linkRichMenuIdToUsers'
  | 'unlinkRichMenuIdFromUsers'
  | 'createRichMenu'
  | 'deleteRichMenu'
  | 'setDefaultRichMenu'
  | 'cancelDefaultRichMenu'
>

/** A published segment menu as the linking reads it: the highest priority that matches wins. */
export type PublishedMenu = { id: number | string; lineRichMenuId: string; priority: number; rule: SegmentRule }

export const publishedSegmentMenus = async (payload: Payload, slug: string): Promise<PublishedMenu[]> => {
  const found = await payload.find({
    collection: slug,
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ status: { in: ['published', 'outdated'] } }, { target: { equals: 'segment' } }] },
  })
  return (found.docs as Record<string, any>[])
    .filter((d) => d.lineRichMenuId && d.segment && typeof d.segment === 'object')
    .map((d) => ({ id: d.id, lineRichMenuId: d.lineRichMenuId, priority: Number(d.priority ?? 0), rule: d.segment as SegmentRule }))
    .sort((a, b) => b.priority - a.priority || String(a.id).localeCompare(String(b.id)))
}

/** The menu a resident should see: the first matching segment menu, or null (the default menu). */
export const menuFor = (menus: PublishedMenu[], resident: SubscriberAttributes): null | PublishedMenu =>
  menus.find((m) => matchesRule(m.rule, resident)) ?? null

const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))

/**
 * Links each following resident matching `where` to their menu (bulk, by menu, ≤ 500 a call) and
 * unlinks those whom no segment menu fits, so they see the default. Returns how many were linked
 * to each LINE menu id.
 */
export const linkResidents = async (
  payload: Payload,
  client: RichMenuClient,
  menus: PublishedMenu[],
  where: Where | undefined,
): Promise<Map<null | string, number>> => {
  const groups = new Map<null | string, string[]>()
  const select = { ageBand: true, interests: true, lineUserId: true, municipality: true } as const
  for await (const rows of followingPages<SubscriberAttributes & { lineUserId: string }>(payload, select, where)) {
    for (const row of rows) {
      const key = menuFor(menus, row)?.lineRichMenuId ?? null
      const group = groups.get(key) ?? []
      group.push(row.lineUserId)
      groups.set(key, group)
    }
  }
  for (const [richMenuId, userIds] of groups) {
    for (const part of chunks(userIds, BULK_LINK_USERS)) {
      if (richMenuId) await client.linkRichMenuIdToUsers({ richMenuId, userIds: part })
      else await client.unlinkRichMenuIdFromUsers({ userIds: part })
    }
  }
  return new Map([...groups].map(([k, v]) => [k, v.length]))
}
