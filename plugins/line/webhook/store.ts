import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { LINE_USER_ID_PATTERN, SLUGS } from '../constants'

export type WebhookEvent = {
  deliveryContext?: { isRedelivery?: boolean }
  follow?: { isUnblocked?: boolean }
  message?: { id?: string; text?: string; type?: string }
  postback?: { data?: string }
  replyToken?: string
  source?: { type?: string; userId?: string }
  timestamp?: number
  type?: string
  webhookEventId?: string
}

/** The sender's LINE user id, or undefined for a group, a room or anything that is not a user id. */
export const lineUserIdOf = (event: WebhookEvent): string | undefined => {
  const id = event.source?.type === 'user' || !event.source?.type ? event.source?.userId : undefined
  return typeof id === 'string' && LINE_USER_ID_PATTERN.test(id) ? id : undefined
}

/** The dedupe key: LINE's `webhookEventId`, or a digest of the event when an old format lacks it. */
export const eventKey = (event: WebhookEvent): string =>
  typeof event.webhookEventId === 'string' && event.webhookEventId
    ? event.webhookEventId
    : `sha256:${crypto.createHash('sha256').update(JSON.stringify(event)).digest('hex')}`

const exists = async (payload: Payload, key: string) =>
  (await payload.count({ collection: SLUGS.events, overrideAccess: true, where: { webhookEventId: { equals: key } } })).totalDocs > 0

/**
 * Records each event once (unique `webhookEventId`), before the webhook answers 200. Returns the
 * ids of the rows that are new; a redelivered or replayed event returns nothing.
 */
export const storeEvents = async (payload: Payload, events: WebhookEvent[]): Promise<(number | string)[]> => {
  const ids: (number | string)[] = []
  for (const event of events) {
    const key = eventKey(event)
    if (await exists(payload, key)) continue
    try {
      const row = await payload.create({
        collection: SLUGS.events,
        data: {
          event,
          // Only a LINE user id (U + 32 hex digits) is kept as the resident's key; anything else is junk.
          lineUserId: lineUserIdOf(event) ?? null,
          receivedAt: new Date().toISOString(),
          status: 'pending',
          type: String(event.type ?? 'unknown'),
          webhookEventId: key,
        },
        depth: 0,
        overrideAccess: true,
      })
      ids.push(row.id)
    } catch (error) {
      // A concurrent delivery of the same event won the unique index: nothing to do.
      if (await exists(payload, key)) continue
      throw error
    }
  }
  return ids
}
