import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { badRequest, compareAndSet, conflict, Refusal } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import { classifyCallError, withTimeout } from '../client/callOutcome'
import { deterministicRetryKey } from '../client/retryKey'
import { createMessagingClient, lineClientConfig } from '../client/config'
import { LINE_LIMITS, SLUGS } from '../constants'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'

/** Same inquiry and text → same key: saving the same answer twice reaches the resident once. */
const replyKey = (id: number | string, text: string) => deterministicRetryKey(`${id}\n${text}`)

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The resident of an inquiry, if they still follow the account (a blocked one cannot be written to). */
const followerOf = async (req: PayloadRequest, inquiry: Record<string, unknown>) => {
  const subscriber = (await req.payload.findByID({
    collection: SLUGS.subscribers,
    depth: 0,
    disableErrors: true,
    id: idOf(inquiry.subscriber)!,
    overrideAccess: true,
    req,
  })) as { followState?: string; lineUserId?: string } | null
  if (!subscriber?.lineUserId || subscriber.followState !== 'following') throw badRequest(lineT(req, 'errorReplyBlocked'), 'replyText')
  return subscriber.lineUserId
}

/**
 * One reply per inquiry even when two editors save different texts at the same moment: the push
 * is claimed in one conditional UPDATE (a claim older than two timeouts is from a dead process).
 */
const claimReply = async (req: PayloadRequest, id: number | string, timeoutMs: number) => {
  const stale = new Date(Date.now() - 2 * timeoutMs).toISOString()
  const guard: Where = {
    and: [{ repliedAt: { equals: null } }, { or: [{ replyClaimedAt: { equals: null } }, { replyClaimedAt: { less_than: stale } }] }],
  }
  if (!(await compareAndSet(req.payload, SLUGS.inquiries, id, guard, { replyClaimedAt: new Date().toISOString() }))) {
    throw conflict(lineT(req, 'errorReplyRace'))
  }
}

/** The push; when LINE does not accept it the claim is given back and the save fails with LINE's reason. */
const pushReply = async (req: PayloadRequest, options: ResolvedLineOptions, id: number | string, to: string, text: string) => {
  try {
    // The editor waits for the save: a LINE that does not answer must not hold it forever.
    const client = createMessagingClient(lineClientConfig())
    await withTimeout(
      client.pushMessage({ messages: [{ text: text.slice(0, LINE_LIMITS.text), type: 'text' }], to }, replyKey(id, text)),
      options.retry.timeoutMs,
    )
  } catch (error) {
    const outcome = classifyCallError(error)
    if (outcome.kind === 'accepted') return
    await compareAndSet(req.payload, SLUGS.inquiries, id, { repliedAt: { equals: null } }, { replyClaimedAt: null })
    // Saving again is safe: the same text carries the same retry key, so LINE delivers it once.
    const reason = 'message' in outcome ? outcome.message : lineT(req, 'errorReplyRateLimited')
    throw new Refusal(502, lineT(req, 'errorReplyFailed', { reason }))
  }
}

/**
 * A department's first answer to an inquiry goes to the resident as a LINE push when it is
 * saved; if LINE refuses it, the save fails with LINE's message and nothing is marked replied.
 * Once sent, the reply text stays what the resident received.
 */
export const sendInquiryReply =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (options.disabled || operation !== 'update' || !('replyText' in data) || !originalDoc) return data
    const text = textOf(data.replyText)
    if (originalDoc.repliedAt) {
      // LINE messages cannot be recalled: an edited text would no longer be what was sent.
      if (text !== textOf(originalDoc.replyText)) throw badRequest(lineT(req, 'errorReplyChanged'), 'replyText')
      return data
    }
    if (!text) return data
    const to = await followerOf(req, originalDoc)
    await claimReply(req, originalDoc.id, options.retry.timeoutMs)
    await pushReply(req, options, originalDoc.id, to, text)
    return { ...data, repliedAt: new Date().toISOString(), replyClaimedAt: null, replyText: text, status: 'answered' }
  }
