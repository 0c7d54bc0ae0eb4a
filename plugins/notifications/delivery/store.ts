import type { NoticeContext, NoticeSender, StaffNotice } from '@akita-dx/plugin-core'

import type { ID } from '@akita-dx/plugin-core/shared'

import { STAFF_NOTICES } from '../constants'
import { safeAdminPath } from './origin'
import { sendAtOnce } from './atOnce'

export type StoredNotice = { id: ID; recipient: ID }

const keyOf = (event: string, recipient: ID) => `${event}|${String(recipient)}`

/** Recipients who already hold this event's notice (a retried hook, a re-sent event). */
const alreadyStored = async ({ payload, req }: NoticeContext, notice: StaffNotice): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: STAFF_NOTICES,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { recipient: true },
    where: { and: [{ event: { equals: notice.event } }, { recipient: { in: notice.recipients } }] },
  })
  return new Set(docs.map((doc) => String(doc.recipient)))
}

/**
 * Stores one notice per recipient, in the transaction of the change it is about (the request's),
 * so that a change that fails leaves no notice of itself. Who already has it is looked up first:
 * on PostgreSQL a refused insert would end the whole transaction, the change included; the unique
 * key only backs that up.
 */
const store = async (context: NoticeContext, notice: StaffNotice): Promise<StoredNotice[]> => {
  const seen = await alreadyStored(context, notice)
  const stored: StoredNotice[] = []
  for (const recipient of notice.recipients) {
    if (seen.has(String(recipient))) continue
    const doc = await context.payload.create({
      collection: STAFF_NOTICES,
      data: {
        body: notice.body?.trim() || null,
        event: notice.event,
        key: keyOf(notice.event, recipient),
        kind: notice.kind,
        recipient,
        title: notice.title,
        url: safeAdminPath(notice.url),
      },
      depth: 0,
      overrideAccess: true,
      req: context.req,
    })
    stored.push({ id: doc.id, recipient })
  }
  return stored
}

/** Core's notice sender: stores the notice for the admin, then tells those who want it at once on their LINE. */
export const noticeStore = (): NoticeSender => async (context, notice) => {
  const stored = await store(context, notice)
  if (stored.length > 0) await sendAtOnce(context, notice, stored)
}
