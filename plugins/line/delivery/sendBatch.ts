import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { compareAndSet } from '@akita-dx/plugin-core'
import { SLUGS } from '../constants'
import type { LineRetryOptions } from '../types'
import { backoffDelay, classifyCallError, withTimeout } from '../client/callOutcome'
import { type RateGate, sleep } from './rateGate'
import { refusedRecipients, splitBatch } from './splitBatch'

export type BatchRow = {
  attempts?: null | number
  count: number
  id: number | string
  recipients: string[]
  retryKey: string
  seq: number
}

export type BatchResult =
  | { error: string; status: 'failed' }
  /** LINE refused some recipients' ids: they failed (`failed` of them), the rest went on in a new batch. */
  | { error: string; failed: number; status: 'split' }
  /** `acceptedEarlier`: LINE answered 409, the batch had gone out before a crash or timeout. */
  | { acceptedEarlier?: boolean; requestId?: string; status: 'sent' }
  /** Stopped before an answer (shutdown or lost claim): the batch stays pending for whoever resumes. */
  | { status: 'stopped' }

export type SendContext = {
  aggregationUnit?: null | string
  deliveryId: number | string
  client: messagingApi.MessagingApiClient
  gate: RateGate
  messages: messagingApi.Message[]
  payload: Payload
  retry: LineRetryOptions
  signal: AbortSignal
}

const settle = async (payload: Payload, batch: BatchRow, values: Record<string, unknown>) => {
  // Only a pending row changes: a second sender that raced on the same batch cannot undo it.
  await compareAndSet(payload, SLUGS.batches, batch.id, { status: { equals: 'pending' } }, values)
}

/** While LINE keeps failing, the batch says so (still pending): the editor sees the error and the next try. */
const noteRetrying = (ctx: SendContext, batch: BatchRow, attempts: number, error: string, waitMs: number) =>
  settle(ctx.payload, batch, { attempts, error, retryAt: new Date(Date.now() + waitMs).toISOString() })

/**
 * One multicast call with the batch's stored retry key, until LINE accepts it (2xx, or 409:
 * accepted earlier), refuses it (other 4xx: the batch fails with LINE's message, or, when LINE
 * names only invalid recipient ids, it is split so that the valid ones still get it), or the
 * attempts run out. 429 waits out Retry-After; 5xx and timeouts back off and repeat the key.
 */
export const sendBatch = async (ctx: SendContext, batch: BatchRow): Promise<BatchResult> => {
  const { retry } = ctx
  let attempts = batch.attempts ?? 0
  let failures = 0
  let rateLimited = 0
  let lastError = ''
  const request: messagingApi.MulticastRequest = {
    messages: ctx.messages,
    to: batch.recipients,
    ...(ctx.aggregationUnit ? { customAggregationUnits: [ctx.aggregationUnit] } : {}),
  }
  while (!ctx.signal.aborted) {
    await ctx.gate.take(ctx.signal)
    if (ctx.signal.aborted) break
    attempts += 1
    try {
      const response = await withTimeout(ctx.client.multicastWithHttpInfo(request, batch.retryKey), retry.timeoutMs)
      const requestId = response.httpResponse.headers.get('x-line-request-id') ?? undefined
      await settle(ctx.payload, batch, {
        attempts,
        error: null,
        requestId,
        retryAt: null,
        sentAt: new Date().toISOString(),
        status: 'sent',
      })
      return { requestId, status: 'sent' }
    } catch (error) {
      const outcome = classifyCallError(error)
      if (outcome.kind === 'accepted') {
        await settle(ctx.payload, batch, {
          attempts,
          error: null,
          requestId: outcome.requestId,
          retryAt: null,
          sentAt: new Date().toISOString(),
          status: 'sent',
        })
        return { acceptedEarlier: true, requestId: outcome.requestId, status: 'sent' }
      }
      if (outcome.kind === 'rejected') {
        const message = `LINE ${outcome.status}: ${outcome.message}`
        const refused = refusedRecipients(outcome.status, outcome.details, batch.recipients)
        if (refused)
          return { error: message, failed: await splitBatch(ctx.payload, ctx.deliveryId, batch, refused, message), status: 'split' }
        await settle(ctx.payload, batch, { attempts, error: message, retryAt: null, status: 'failed' })
        return { error: message, status: 'failed' }
      }
      if (outcome.kind === 'rateLimited') {
        rateLimited += 1
        lastError = 'HTTP 429: rate limited'
        if (rateLimited > retry.maxRateLimitWaits) break
        const wait = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(rateLimited, retry.baseDelayMs, retry.maxDelayMs))
        await noteRetrying(ctx, batch, attempts, lastError, wait)
        ctx.gate.pause(wait)
        continue
      }
      failures += 1
      lastError = outcome.message
      if (failures >= retry.maxAttempts) break
      const wait = backoffDelay(failures, retry.baseDelayMs, retry.maxDelayMs)
      await noteRetrying(ctx, batch, attempts, lastError, wait)
      await sleep(wait, ctx.signal)
    }
  }
  if (ctx.signal.aborted) return { status: 'stopped' }
  const message = `${attempts} 回試行しても送信できませんでした（最後のエラー: ${lastError}）`
  await settle(ctx.payload, batch, { attempts, error: message, retryAt: null, status: 'failed' })
  return { error: message, status: 'failed' }
}
