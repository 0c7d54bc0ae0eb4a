import type { Payload } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'

import { LINE_USER_ID_PATTERN, SLUGS } from '../constants'

/** A follower brought over from another system, with what they declared there. */
export type SubscriberImport = {
  ageBand?: null | string
  /** When they consented to targeted messages; defaults to the import time. */
  consentAt?: string
  /** The version of the privacy notice they agreed to there; none when unknown. */
  consentVersion?: null | string
  interests?: string[]
  lineUserId: string
  municipality?: null | string
}

const rowOf = (s: SubscriberImport, now: string) => ({
  ageBand: s.ageBand ?? null,
  consentAt: s.consentAt ?? now,
  consentVersion: s.consentVersion ?? null,
  createdAt: now,
  followedAt: now,
  followState: 'following',
  language: 'ja',
  lineUserId: s.lineUserId,
  municipality: s.municipality ?? null,
  updatedAt: now,
})

/**
 * Imports followers in bulk (moving from another LINE tool, or filling a test database): on SQL a
 * multi-row INSERT per chunk, skipping LINE ids already present, so a million residents take
 * seconds instead of the Local API's minutes. Values are stored as given (no hooks run): check
 * them against the plugin's vocabulary first. A row whose id is not a LINE user id (U + 32 hex
 * digits) is skipped: one such id would make LINE refuse a whole multicast batch. Returns how many
 * were new.
 */
export const importSubscribers = async (
  payload: Payload,
  candidates: SubscriberImport[],
  { chunk = 1000 }: { chunk?: number } = {},
): Promise<number> => {
  const subscribers = candidates.filter((s) => LINE_USER_ID_PATTERN.test(s.lineUserId))
  const db = sqlOf(payload)
  const now = new Date().toISOString()
  let added = 0
  for (let start = 0; start < subscribers.length; start += chunk) {
    const rows = subscribers.slice(start, start + chunk)
    if (!db) {
      for (const s of rows) {
        const exists = await payload.count({
          collection: SLUGS.subscribers,
          overrideAccess: true,
          where: { lineUserId: { equals: s.lineUserId } },
        })
        if (exists.totalDocs) continue
        await payload.create({
          collection: SLUGS.subscribers,
          data: { ...rowOf(s, now), interests: s.interests ?? [] },
          depth: 0,
          overrideAccess: true,
        })
        added += 1
      }
      continue
    }
    const table = db.table(SLUGS.subscribers)
    const inserted: { id: number; lineUserId: string }[] = await db.db
      .insert(table)
      .values(rows.map((s) => rowOf(s, now)))
      .onConflictDoNothing()
      .returning({ id: table.id, lineUserId: table.lineUserId })
    added += inserted.length
    const idOf = new Map(inserted.map((row) => [row.lineUserId, row.id]))
    const interests = rows.flatMap((s) =>
      idOf.has(s.lineUserId) ? (s.interests ?? []).map((value, i) => ({ order: i + 1, parent: idOf.get(s.lineUserId), value })) : [],
    )
    for (let i = 0; i < interests.length; i += chunk)
      await db.db.insert(db.table(SLUGS.subscribers, 'interests')).values(interests.slice(i, i + chunk))
  }
  return added
}
