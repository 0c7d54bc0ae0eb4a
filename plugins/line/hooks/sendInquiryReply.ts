import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'
import crypto from 'node:crypto'

import { compareAndSet } from '../../../src/lib/atomic'
import { createMessagingClient, lineClientConfig } from '../clientConfig'
import { LINE_LIMITS, SLUGS } from '../constants'
import type { ResolvedLineOptions } from '../types'
import { classifyCallError, withTimeout } from '../utilities/callOutcome'

/** Same inquiry and text → same key: saving the same answer twice reaches the resident once. */
const replyKey = (id: number | string, text: string) => {
  const h = crypto.createHash('sha256').update(`${id}\n${text}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * A department's first answer to an inquiry goes to the resident as a LINE push when it is
 * saved; if LINE refuses it, the save fails with LINE's message and nothing is marked replied.
 * Once sent, the reply text stays what the resident received.
 */
export const sendInquiryReply =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (options.disabled || operation !== 'update' || !('replyText' in data)) return data
    const text = textOf(data.replyText)
    if (originalDoc?.repliedAt) {
      // LINE messages cannot be recalled: an edited text would no longer be what was sent.
      if (text !== textOf(originalDoc.replyText)) {
        throw new APIError('返信済みのため、返信内容は変更できません（LINE で送った返信は取り消せません）', 400, undefined, true)
      }
      return data
    }
    if (!text) return data
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
    // One reply per inquiry even when two editors save different texts at the same moment: the
    // push is claimed in one conditional UPDATE (a claim older than two timeouts is from a dead process).
    const now = Date.now()
    const claimed = await compareAndSet(
      req.payload,
      SLUGS.inquiries,
      originalDoc!.id,
      { or: [{ replyClaimedAt: null }, { replyClaimedAt: { lessThan: new Date(now - 2 * options.retry.timeoutMs).toISOString() } }], repliedAt: null },
      { replyClaimedAt: new Date(now).toISOString() },
    )
    if (!claimed) {
      throw new APIError('この問い合わせには、別の画面から返信を送信中か送信済みです。再読み込みして確認してください', 409, undefined, true)
    }
    try {
      // The editor waits for the save: a LINE that does not answer must not hold it forever.
      await withTimeout(
        createMessagingClient(lineClientConfig()).pushMessage(
          { messages: [{ text: text.slice(0, LINE_LIMITS.text), type: 'text' }], to: subscriber.lineUserId },
          replyKey(originalDoc!.id, text),
        ),
        options.retry.timeoutMs,
      )
    } catch (error) {
      const outcome = classifyCallError(error)
      if (outcome.kind !== 'accepted') {
        await compareAndSet(req.payload, SLUGS.inquiries, originalDoc!.id, { repliedAt: null }, { replyClaimedAt: null })
        // Saving again is safe: the same text carries the same retry key, so LINE delivers it once.
        const message = 'message' in outcome ? outcome.message : 'LINE の送信上限に達しました。しばらくしてから保存し直してください'
        throw new APIError(`LINE への返信に失敗しました: ${message}`, 502, undefined, true)
      }
    }
    return { ...data, repliedAt: new Date().toISOString(), replyClaimedAt: null, replyText: text, status: 'answered' }
  }
