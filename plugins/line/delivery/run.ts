import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { compareAndSet, hasAuditLog, processHolderId } from '@akita-dx/plugin-core'

import { createMessagingClient, lineClientConfig } from '../client/config'
import { type DeliveryStatus, SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import type { LineRetryOptions, ResolvedLineOptions } from '../types'
import { auditDeliveryAfter, finishNote } from './audit'
import { batchQueue } from './batchQueue'
import { claimDelivery, keepClaim, updateClaimed } from './claim'
import { type FrozenDelivery, freezeRecipients } from './freeze'
import { RateGate } from './rateGate'
import { type BatchResult, sendBatch, type SendContext } from './sendBatch'
import { batchTotals, finalStatus } from './totals'

export type RunOptions = Partial<Pick<ResolvedLineOptions, 'batchSize' | 'concurrency' | 'deliveryLeaseMs' | 'maxRequestsPerSecond'>> & {
  client?: messagingApi.MessagingApiClient
  /** Identifies the claiming process; defaults to this process. */
  holder?: string
  /** Called after each batch is settled (progress logs, tests). */
  onBatch?: (batch: { count: number; result: BatchResult; seq: number }) => void
  /** Called when the delivery is claimed and when its recipients are frozen (progress logs, tests). */
  onStage?: (stage: 'claimed' | 'frozen') => void
  /** Overrides of the retry policy (tests use short backoffs). */
  retry?: Partial<LineRetryOptions>
  /** Stops sending (shutdown); the claim is released so another process resumes at once. */
  signal?: AbortSignal
}

export type RunResult = { outcome: 'finished'; status: DeliveryStatus } | { outcome: 'notClaimed' } | { outcome: 'stopped' }

type DeliveryRow = FrozenDelivery & {
  aggregationUnit?: null | string
  department?: unknown
  documentTitle?: null | string
  frozenAt?: null | string
  messages: messagingApi.Message[]
}

const PROGRESS_EVERY_MS = 500
const now = () => new Date().toISOString()

/** Freezes the recipients once; false when the claim was lost (or another process froze them) meanwhile. */
const freeze = async (payload: Payload, delivery: DeliveryRow, holder: string, batchSize: number) => {
  const total = await freezeRecipients(payload, delivery, batchSize)
  const guard = { claimedBy: { equals: holder }, frozenAt: { equals: null }, status: { equals: 'sending' } }
  return compareAndSet(payload, SLUGS.deliveries, delivery.id, guard, { frozenAt: now(), startedAt: now(), total })
}

/** Every pending batch, `concurrency` at a time, with progress written at most twice a second. */
const sendAll = async (ctx: SendContext, delivery: DeliveryRow, holder: string, concurrency: number, run: RunOptions) => {
  const { payload } = ctx
  const start = await batchTotals(payload, delivery.id)
  const progress = { failed: start.failed, sent: start.sent }
  let written = 0
  const next = batchQueue(payload, delivery.id, concurrency, ctx.signal)
  const worker = async () => {
    for (let batch = await next(); batch; batch = await next()) {
      const result = await sendBatch(ctx, batch)
      if (result.status === 'sent') progress.sent += batch.count
      if (result.status === 'failed') progress.failed += batch.count
      if (result.status === 'split') progress.failed += result.failed
      run.onBatch?.({ count: batch.count, result, seq: batch.seq })
      if (Date.now() - written < PROGRESS_EVERY_MS) continue
      written = Date.now()
      await updateClaimed(payload, delivery.id, holder, { ...progress })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/**
 * Sends until no batch is pending: a split appends a batch after the queue may have seen the end,
 * so the queue is walked again (a split batch holds only valid ids, so this ends within a few rounds).
 */
const sendUntilDone = async (ctx: SendContext, delivery: DeliveryRow, holder: string, concurrency: number, run: RunOptions) => {
  for (let round = 0; round < 4 && !ctx.signal.aborted; round += 1) {
    await sendAll(ctx, delivery, holder, concurrency, run)
    if ((await batchTotals(ctx.payload, delivery.id)).pending === 0) return
  }
}

/** Records how the run ended: handed over (shutdown), cancelled, lost, or finished with its status. */
const settle = async (payload: Payload, id: number | string, holder: string, stopped: boolean, lost: boolean): Promise<RunResult> => {
  const totals = await batchTotals(payload, id)
  const progress = { failed: totals.failed, lastError: totals.lastError, sent: totals.sent, total: totals.total }
  const finished = { ...progress, claimedBy: null, finishedAt: now() }
  if (stopped && !lost) {
    // Shutdown: hand the rest over at once instead of waiting for the claim to lapse.
    await updateClaimed(payload, id, holder, { ...progress, claimedUntil: new Date(0).toISOString() })
    return { outcome: 'stopped' }
  }
  if (lost) {
    await updateClaimed(payload, id, holder, finished, 'cancelled')
    return { outcome: 'stopped' }
  }
  if (totals.pending > 0) {
    const cancelled = await updateClaimed(payload, id, holder, { ...finished, claimedUntil: null }, 'cancelled')
    return cancelled ? { outcome: 'finished', status: 'cancelled' } : { outcome: 'stopped' }
  }
  const status = finalStatus(totals)
  if (await updateClaimed(payload, id, holder, { ...finished, claimedUntil: null, status }, 'sending'))
    return { outcome: 'finished', status }
  // Cancelled in the last moment: keep the status, record what went out.
  await updateClaimed(payload, id, holder, finished)
  return { outcome: 'finished', status: 'cancelled' }
}

/** The end of a send in the audit log, with what went out. */
const auditFinish = async (payload: Payload, delivery: DeliveryRow, status: DeliveryStatus) => {
  if (!hasAuditLog(payload)) return
  const totals = await batchTotals(payload, delivery.id)
  await auditDeliveryAfter({ payload }, 'sendFinished', delivery, { note: finishNote(status, totals.sent, totals.failed), user: null })
}

/**
 * Sends one delivery to the end, or until it is cancelled, its claim is lost or the signal
 * stops it. Safe to run again after a crash at any point: the recipients are frozen once, every
 * batch's retry key is stored before its first call, and a batch counts as sent only after LINE
 * accepted it (409 on a repeated key included).
 */
export const runDelivery = async (payload: Payload, id: number | string, run: RunOptions = {}): Promise<RunResult> => {
  const options = lineOptionsOf(payload)
  const holder = run.holder ?? processHolderId
  const leaseMs = run.deliveryLeaseMs ?? options.deliveryLeaseMs
  if (!(await claimDelivery(payload, id, holder, leaseMs))) return { outcome: 'notClaimed' }
  run.onStage?.('claimed')
  const stop = new AbortController()
  const onOuterAbort = () => stop.abort()
  run.signal?.addEventListener('abort', onOuterAbort, { once: true })
  const claim = keepClaim(payload, id, holder, leaseMs, stop)
  try {
    const delivery = (await payload.findByID({
      collection: SLUGS.deliveries,
      depth: 0,
      id,
      overrideAccess: true,
    })) as unknown as DeliveryRow
    if (!delivery.frozenAt) {
      if (!(await freeze(payload, delivery, holder, run.batchSize ?? options.batchSize))) return { outcome: 'stopped' }
      await auditDeliveryAfter({ payload }, 'sendStarted', delivery, { user: null })
    }
    run.onStage?.('frozen')
    const ctx: SendContext = {
      aggregationUnit: delivery.aggregationUnit,
      deliveryId: id,
      client: run.client ?? createMessagingClient(lineClientConfig()),
      gate: new RateGate(run.maxRequestsPerSecond ?? options.maxRequestsPerSecond),
      messages: delivery.messages,
      payload,
      retry: { ...options.retry, ...run.retry },
      signal: stop.signal,
    }
    await sendUntilDone(ctx, delivery, holder, Math.max(1, run.concurrency ?? options.concurrency), run)
    const result = await settle(payload, id, holder, stop.signal.aborted, claim.lost())
    if (result.outcome === 'finished') await auditFinish(payload, delivery, result.status)
    return result
  } finally {
    claim.release()
    run.signal?.removeEventListener('abort', onOuterAbort)
  }
}
