import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { classifyCallError, withTimeout } from './callOutcome'

export type PushClient = Pick<messagingApi.MessagingApiClient, 'pushMessage'>

/** How one push ended: LINE has it, LINE refuses it for good, or try again with the same key. */
export type PushOutcome = { kind: 'failed'; message: string } | { kind: 'retry'; message: string } | { kind: 'sent' }

/**
 * One push with a retry key the caller derives from what it sends, so a push repeated after a
 * crash or a lost answer is one message: LINE's 409 for a key it accepted counts as sent.
 */
export const pushOne = async (
  client: PushClient,
  push: { messages: messagingApi.Message[]; retryKey: string; timeoutMs: number; to: string },
): Promise<PushOutcome> => {
  try {
    await withTimeout(client.pushMessage({ messages: push.messages, to: push.to }, push.retryKey), push.timeoutMs)
    return { kind: 'sent' }
  } catch (error) {
    const outcome = classifyCallError(error)
    if (outcome.kind === 'accepted') return { kind: 'sent' }
    if (outcome.kind === 'rejected') return { kind: 'failed', message: outcome.message }
    return { kind: 'retry', message: outcome.kind === 'transient' ? outcome.message : 'HTTP 429' }
  }
}

/** The LINE user id of a resident who still follows the account, else null (blocked, or the row deleted). */
export const followingLineUserId = async (payload: Payload, subscriber: null | number | string | undefined): Promise<null | string> => {
  if (subscriber === null || subscriber === undefined) return null
  const row = await payload.findByID({ collection: SLUGS.subscribers, depth: 0, disableErrors: true, id: subscriber, overrideAccess: true })
  return row?.followState === 'following' ? (row.lineUserId as string) : null
}
