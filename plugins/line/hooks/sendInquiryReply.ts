import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'
import crypto from 'node:crypto'

import { createMessagingClient, lineClientConfig } from '../clientConfig'
import { SLUGS } from '../constants'
import type { ResolvedLineOptions } from '../types'
import { classifyCallError } from '../utilities/callOutcome'

/** Same inquiry and text → same key: saving the same answer twice reaches the resident once. */
const replyKey = (id: number | string, text: string) => {
  const h = crypto.createHash('sha256').update(`${id}\n${text}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/**
 * A department's first answer to an inquiry goes to the resident as a LINE push when it is
 * saved; if LINE refuses it, the save fails with LINE's message and nothing is marked replied.
 */
export const sendInquiryReply =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const text = typeof data.replyText === 'string' ? data.replyText.trim() : ''
    if (options.disabled || operation !== 'update' || originalDoc?.repliedAt || !text) return data
    const subscriberId = typeof originalDoc?.subscriber === 'object' ? originalDoc.subscriber?.id : originalDoc?.subscriber
    const subscriber = (await req.payload.findByID({
      collection: SLUGS.subscribers,
      depth: 0,
      disableErrors: true,
      id: subscriberId,
      overrideAccess: true,
      req,
    })) as { followState?: string; lineUserId?: string } | null
    if (!subscriber?.lineUserId || subscriber.followState !== 'following') {
      throw new APIError('この方は友だちではない（ブロック中）ため、LINE で返信できません', 400, undefined, true)
    }
    try {
      await createMessagingClient(lineClientConfig()).pushMessage(
        { messages: [{ text: text.slice(0, 5000), type: 'text' }], to: subscriber.lineUserId },
        replyKey(originalDoc!.id, text),
      )
    } catch (error) {
      const outcome = classifyCallError(error)
      if (outcome.kind !== 'accepted') {
        const message = 'message' in outcome ? outcome.message : 'rate limited'
        throw new APIError(`LINE への返信に失敗しました: ${message}`, 502, undefined, true)
      }
    }
    return { ...data, repliedAt: new Date().toISOString(), status: 'answered' }
  }
