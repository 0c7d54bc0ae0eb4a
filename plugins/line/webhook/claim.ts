import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { compareAndSet, processHolderId } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import type { EventPlan } from './plan'
import { unfinishedEventWhere } from './stale'
import type { WebhookEvent } from './store'

/** A crash loop on one event (or a bug it triggers) stops after this many claims. */
export const MAX_EVENT_ATTEMPTS = 5

export type EventRow = {
  attempts?: null | number
  event: WebhookEvent
  id: number | string
  lineUserId?: null | string
  plan?: 'ignored' | EventPlan | null
  status: string
  webhookEventId: string
}

export type Claim = { attempt: number; id: number | string; row: EventRow; token: string }

const FINAL = new Set(['done', 'failed', 'ignored'])

/**
 * A resident's events are applied in the order they were stored, whichever process holds them:
 * an event waits while an earlier one of the same resident is unfinished (two processes applying
 * a follow and a postback of one resident at once would overwrite each other's fields).
 */
const waitsForEarlier = async (payload: Payload, row: EventRow) =>
  Boolean(row.lineUserId) &&
  (
    await payload.count({
      collection: SLUGS.events,
      overrideAccess: true,
      where: { id: { less_than: row.id }, lineUserId: { equals: row.lineUserId }, status: { in: ['pending', 'processing'] } },
    })
  ).totalDocs > 0

/**
 * Takes an event for processing in one conditional UPDATE on the rule of stale.ts. The attempts
 * counter is part of the guard, so of two processes that read the same row exactly one wins.
 */
export const claimEvent = async (
  payload: Payload,
  id: number | string,
  { leaseMs, staleOnly }: { leaseMs: number; staleOnly: boolean },
): Promise<Claim | null> => {
  const row = (await payload.findByID({
    collection: SLUGS.events,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as unknown as EventRow | null
  if (!row || FINAL.has(row.status) || (await waitsForEarlier(payload, row))) return null
  const now = Date.now()
  const attempts = row.attempts ?? 0
  const guard = {
    and: [{ attempts: { equals: row.attempts ?? null } }, unfinishedEventWhere(new Date(now - leaseMs).toISOString(), { staleOnly })],
  }
  const token = `${processHolderId}:${crypto.randomUUID()}`
  const won = await compareAndSet(payload, SLUGS.events, id, guard, {
    attempts: attempts + 1,
    claimedAt: new Date(now).toISOString(),
    claimedBy: token,
    status: 'processing',
  })
  return won ? { attempt: attempts + 1, id, row, token } : null
}

/** Writes to the claimed row only while this claim still holds (a lapsed claim may have been taken over). */
export const updateClaimed = (payload: Payload, claim: Claim, values: Record<string, unknown>) =>
  compareAndSet(payload, SLUGS.events, claim.id, { claimedBy: { equals: claim.token }, status: { equals: 'processing' } }, values)
