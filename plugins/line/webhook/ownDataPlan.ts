import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { ERASE_KEYWORD, MY_DATA_KEYWORD } from '../residents/keywords'
import {
  ERASE_POSTBACK,
  ERASED_ATTRIBUTES,
  ERASED_TEXT,
  eraseQuestion,
  KEEP_POSTBACK,
  KEPT_TEXT,
  MY_DATA_INQUIRY_DAYS,
  myDataText,
  type OwnDataInquiry,
} from '../residents/ownData'
import type { EventPlan, HandleContext } from './plan'
import type { WebhookEvent } from './store'
import type { SubscriberRow } from './subscribers'

const DAY_MS = 86_400_000

const text = (t: string) => ({ text: t, type: 'text' as const })

const recentInquiries = async (payload: Payload, subscriber: number | string, now: number) => {
  const found = await payload.find({
    collection: SLUGS.inquiries,
    depth: 0,
    limit: 5,
    overrideAccess: true,
    select: { receivedAt: true, status: true, text: true },
    sort: '-receivedAt',
    where: {
      and: [
        { subscriber: { equals: subscriber } },
        { receivedAt: { greater_than_equal: new Date(now - MY_DATA_INQUIRY_DAYS * DAY_MS).toISOString() } },
      ],
    },
  })
  return { latest: found.docs as unknown as OwnDataInquiry[], total: found.totalDocs }
}

export type OwnDataInput = { data: string; kind: 'postback' } | { kind: 'text'; text: string }

/**
 * 「マイデータ」, 「データ削除」 and the answer to its confirmation, whatever step of the
 * registration the resident is at; null for any other input. The erasure itself is planned as
 * absolute values and a delete of inquiries received up to the tap, so applying it twice is once.
 */
export const ownDataPlan = async (
  ctx: HandleContext,
  event: WebhookEvent,
  existing: Partial<SubscriberRow>,
  input: OwnDataInput,
  base: Omit<EventPlan, 'replies'>,
): Promise<EventPlan | null> => {
  const said = input.kind === 'text' ? input.text.trim() : undefined
  const tapped = input.kind === 'postback' ? input.data : undefined
  const at = event.timestamp ?? Date.now()
  if (said === MY_DATA_KEYWORD) {
    const inquiries = existing.id === undefined ? { latest: [], total: 0 } : await recentInquiries(ctx.payload, existing.id, at)
    const { residents, retention } = ctx.options
    return { lineUserId: base.lineUserId, replies: [text(myDataText(residents, retention, existing, inquiries))] }
  }
  if (said === ERASE_KEYWORD) return { lineUserId: base.lineUserId, replies: [eraseQuestion()] }
  if (tapped === KEEP_POSTBACK) return { lineUserId: base.lineUserId, replies: [text(KEPT_TEXT)] }
  if (tapped !== ERASE_POSTBACK) return null
  if (existing.id === undefined) return { lineUserId: base.lineUserId, replies: [text(ERASED_TEXT)] }
  return {
    erase: { before: new Date(at).toISOString(), subscriber: existing.id },
    lineUserId: base.lineUserId,
    replies: [text(ERASED_TEXT)],
    subscriber: { set: { ...ERASED_ATTRIBUTES } },
  }
}
