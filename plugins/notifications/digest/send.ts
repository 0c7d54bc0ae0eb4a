import type { Payload } from 'payload'

import { hasStaffMessenger, messageStaff } from '@akita-dx/plugin-core'
import { type ID, idOf, jstDay } from '@akita-dx/plugin-core/shared'

import type { Cadence } from '../constants'

import { DELIVERY_FIELD, STAFF_NOTICES } from '../constants'
import { usersWithMode } from '../delivery/preferences'
import { digestText } from '../delivery/text'
import { notificationsOptions } from '../slot'

export type DigestRun = {
  /** Notices the digests covered (now marked as digested, read or not). */
  notices: number
  /** People a digest reached on LINE. */
  reached: number
  /** People with something to hear of. */
  recipients: number
}

// Ids per query: a prefecture has thousands of staff, and `in` lists have their limits.
const CHUNK = 200

type Pending = { id: ID; recipient: ID; title: string }

const idsWithCadence = async (payload: Payload, cadence: Cadence): Promise<ID[]> => {
  const { docs } = await payload.find({
    collection: notificationsOptions.of(payload).organisation.users,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { [DELIVERY_FIELD]: true },
    where: usersWithMode(payload, cadence),
  })
  return docs.map((user) => user.id)
}

/** Notices not read, not sent on their own and in no digest yet, oldest first, up to `now`. */
const pendingOf = async (payload: Payload, recipients: ID[], now: Date): Promise<Pending[]> => {
  const { docs } = await payload.find({
    collection: STAFF_NOTICES,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { recipient: true, title: true },
    sort: 'createdAt',
    where: {
      and: [
        { recipient: { in: recipients } },
        { readAt: { exists: false } },
        { deliveredAt: { exists: false } },
        { digestedAt: { exists: false } },
        { createdAt: { less_than_equal: now.toISOString() } },
      ],
    },
  })
  return docs.map((doc) => ({ id: doc.id, recipient: idOf(doc.recipient)!, title: String(doc.title) }))
}

const byRecipient = (pending: Pending[]) => {
  const groups = new Map<string, Pending[]>()
  for (const row of pending) groups.set(String(row.recipient), [...(groups.get(String(row.recipient)) ?? []), row])
  return groups
}

/**
 * One LINE text per person who chose this cadence and has unread notices that reached them no
 * other way. Each notice is in one digest at most: it is marked as digested whether or not the
 * person has a LINE to send it to (the admin still lists it as unread). The message key is the
 * person and the Japan day, so a second run on one day sends nothing twice.
 */
export const sendNoticeDigests = async (payload: Payload, run: { cadence: Cadence; now?: Date }): Promise<DigestRun> => {
  const now = run.now ?? new Date()
  const result: DigestRun = { notices: 0, reached: 0, recipients: 0 }
  const options = notificationsOptions.of(payload)
  if (options.disabled) return result
  const people = await idsWithCadence(payload, run.cadence)
  for (let start = 0; start < people.length; start += CHUNK) {
    const pending = await pendingOf(payload, people.slice(start, start + CHUNK), now)
    for (const [recipient, rows] of byRecipient(pending)) {
      result.recipients += 1
      result.notices += rows.length
      if (hasStaffMessenger(payload)) {
        const text = digestText(
          payload,
          run.cadence,
          rows.map((row) => row.title),
          options.digestListed,
        )
        const event = `notice-digest:${run.cadence}:${recipient}:${jstDay(now)}`
        const { reached } = await messageStaff(payload, { event, text, userIds: [rows[0]!.recipient] })
        result.reached += reached.length
      }
      await payload.update({
        collection: STAFF_NOTICES,
        data: { digestedAt: now.toISOString() },
        depth: 0,
        overrideAccess: true,
        where: { id: { in: rows.map((row) => row.id) } },
      })
    }
  }
  return result
}
