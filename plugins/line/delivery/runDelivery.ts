import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { compareAndSet } from '../../../src/lib/atomic'
import { processHolderId } from '../../../src/lib/lease'
import { createMessagingClient, lineClientConfig } from '../clientConfig'
import { type DeliveryStatus, SLUGS } from '../constants'
import { lineOptionsOf } from '../runtime'
import type { LineRetryOptions, ResolvedLineOptions } from '../types'
import { freezeRecipients } from './freeze'
import { RateGate } from './rateGate'
import { type BatchResult, type BatchRow, sendBatch } from './sendBatch'
import { sqlAdapterOf, sqlBatchStates } from './sqlFreeze'

export type RunOptions = Partial<
  Pick<ResolvedLineOptions, 'batchSize' | 'concurrency' | 'deliveryLeaseMs' | 'maxRequestsPerSecond'>
> & {
  /** Overrides of the retry policy (tests use short backoffs). */
  retry?: Partial<LineRetryOptions>
  client?: messagingApi.MessagingApiClient
  /** Identifies the claiming process; defaults to this process. */
  holder?: string
  /** Called when the delivery is claimed and when its recipients are frozen (progress logs, tests). */
  onStage?: (stage: 'claimed' | 'frozen') => void
  /** Called after each batch is settled (progress logs, tests). */
  onBatch?: (batch: { count: number; result: BatchResult; seq: number }) => void
  /** Stops sending (shutdown); the claim is released so another process resumes at once. */
  signal?: AbortSignal
}

export type RunResult =
  | { outcome: 'finished'; status: DeliveryStatus }
  | { outcome: 'notClaimed' }
  | { outcome: 'stopped' }

type DeliveryRow = {
  aggregationUnit?: null | string
  frozenAt?: null | string
  id: number | string
  messages: messagingApi.Message[]
  mode: 'live' | 'test'
  requestedBy?: null | number | string
  segments?: (number | string)[] | null
  status: DeliveryStatus
}

const PAGE = 40
const PROGRESS_EVERY_MS = 500

/**
 * Claims a due delivery in one conditional UPDATE: a scheduled one whose time has come, or a
 * sending one whose previous owner stopped renewing its claim (a crashed process). Of two
 * processes that race, exactly one gets it.
 */
export const claimDelivery = async (payload: Payload, id: number | string, holder: string, leaseMs: number) => {
  const now = new Date()
  const nowIso = now.toISOString()
  return compareAndSet(
    payload,
    SLUGS.deliveries,
    id,
    {
      or: [
        { or: [{ scheduledAt: null }, { scheduledAt: { lessThan: nowIso } }], status: 'scheduled' },
        { or: [{ claimedBy: holder }, { claimedBy: null }, { claimedUntil: { lessThan: nowIso } }], status: 'sending' },
      ],
    },
    { claimedBy: holder, claimedUntil: new Date(now.getTime() + leaseMs).toISOString(), status: 'sending' },
  )
}

const batchTotals = async (payload: Payload, id: number | string) => {
  const rows = sqlAdapterOf(payload)
    ? await sqlBatchStates(payload, id)
    : ((
        await payload.db.find({
          collection: SLUGS.batches,
          limit: 0,
          pagination: false,
          select: { count: true, error: true, status: true },
          where: { delivery: { equals: id } },
        })
      ).docs as unknown as { count: number; error?: null | string; status: string }[])
  const totals = { failed: 0, lastError: null as null | string, pending: 0, sent: 0, total: 0 }
  for (const row of rows) {
    totals.total += row.count
    if (row.status === 'sent') totals.sent += row.count
    else if (row.status === 'failed') {
      totals.failed += row.count
      totals.lastError = row.error ?? totals.lastError
    } else totals.pending += row.count
  }
  return totals
}

const finalStatus = (t: { failed: number; sent: number; total: number }): DeliveryStatus => {
  if (t.failed === 0) return 'done'
  return t.sent === 0 ? 'failed' : 'partial'
}

/**
 * Sends one delivery to the end, or until it is cancelled, its claim is lost or the signal
 * stops it. Safe to run again after a crash at any point: the recipients are frozen once, every
 * batch's retry key is stored before its first call, and a batch counts as sent only after LINE
 * accepted it (409 on a repeated key included).
 */
export const runDelivery = async (
  payload: Payload,
  id: number | string,
  run: RunOptions = {},
): Promise<RunResult> => {
  const options = lineOptionsOf(payload)
  const holder = run.holder ?? processHolderId
  const leaseMs = run.deliveryLeaseMs ?? options.deliveryLeaseMs
  if (!(await claimDelivery(payload, id, holder, leaseMs))) return { outcome: 'notClaimed' }
  run.onStage?.('claimed')

  const stop = new AbortController()
  const onOuterAbort = () => stop.abort()
  run.signal?.addEventListener('abort', onOuterAbort, { once: true })
  let lostClaim = false
  const renew = setInterval(() => {
    compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder, status: 'sending' }, {
      claimedUntil: new Date(Date.now() + leaseMs).toISOString(),
    })
      .then((ok) => {
        if (!ok) {
          lostClaim = true
          stop.abort()
        }
      })
      .catch((error) => payload.logger.warn({ err: error, msg: `LINE delivery ${id}: renewing the claim failed` }))
  }, Math.max(200, Math.floor(leaseMs / 3)))

  try {
    const delivery = (await payload.findByID({
      collection: SLUGS.deliveries,
      depth: 0,
      id,
      overrideAccess: true,
    })) as unknown as DeliveryRow
    if (!delivery.frozenAt) {
      const total = await freezeRecipients(payload, delivery, run.batchSize ?? options.batchSize)
      const frozen = await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder, frozenAt: null, status: 'sending' }, {
        frozenAt: new Date().toISOString(),
        startedAt: new Date().toISOString(),
        total,
      })
      if (!frozen) return { outcome: 'stopped' }
    }
    run.onStage?.('frozen')

    const retry = { ...options.retry, ...run.retry }
    const gate = new RateGate(run.maxRequestsPerSecond ?? options.maxRequestsPerSecond)
    const ctx = {
      aggregationUnit: delivery.aggregationUnit,
      client: run.client ?? createMessagingClient(lineClientConfig()),
      gate,
      messages: delivery.messages,
      payload,
      retry,
      signal: stop.signal,
    }
    const start = await batchTotals(payload, id)
    let sent = start.sent
    let failed = start.failed
    let lastProgress = 0
    const writeProgress = async (force = false) => {
      if (!force && Date.now() - lastProgress < PROGRESS_EVERY_MS) return
      lastProgress = Date.now()
      await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder }, { failed, sent })
    }

    const concurrency = Math.max(1, run.concurrency ?? options.concurrency)
    // Workers pull from one queue that is refilled a page ahead, so no call waits for the
    // slowest batch of a page (a barrier per 40 batches cost ~25% at a million recipients).
    const queue: BatchRow[] = []
    let lastSeq = 0
    let exhausted = false
    let loading: null | Promise<void> = null
    const loadPage = async () => {
      const current = (await payload.findByID({
        collection: SLUGS.deliveries,
        depth: 0,
        id,
        overrideAccess: true,
        select: { status: true },
      })) as { status: DeliveryStatus }
      if (current.status !== 'sending') {
        exhausted = true
        queue.length = 0
        return
      }
      const page = await payload.db.find({
        collection: SLUGS.batches,
        limit: PAGE,
        pagination: false,
        select: { attempts: true, count: true, recipients: true, retryKey: true, seq: true },
        sort: 'seq',
        where: { and: [{ delivery: { equals: id } }, { status: { equals: 'pending' } }, { seq: { greater_than: lastSeq } }] },
      })
      const batches = page.docs as unknown as BatchRow[]
      if (batches.length === 0) exhausted = true
      else {
        lastSeq = batches[batches.length - 1].seq
        queue.push(...batches)
      }
    }
    const load = () => (loading ??= loadPage().finally(() => (loading = null)))
    const nextBatch = async (): Promise<BatchRow | undefined> => {
      while (!stop.signal.aborted) {
        const batch = queue.shift()
        if (batch) {
          if (queue.length <= concurrency && !exhausted) void load().catch(() => undefined)
          return batch
        }
        if (exhausted) return undefined
        await load()
      }
      return undefined
    }
    const worker = async () => {
      for (let batch = await nextBatch(); batch; batch = await nextBatch()) {
        const result = await sendBatch(ctx, batch)
        if (result.status === 'sent') sent += batch.count
        if (result.status === 'failed') failed += batch.count
        run.onBatch?.({ count: batch.count, result, seq: batch.seq })
        await writeProgress()
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))

    const totals = await batchTotals(payload, id)
    const progress = { failed: totals.failed, lastError: totals.lastError, sent: totals.sent, total: totals.total }
    if (stop.signal.aborted && !lostClaim) {
      // Shutdown: hand the rest over at once instead of waiting for the claim to lapse.
      await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder }, { ...progress, claimedUntil: new Date(0).toISOString() })
      return { outcome: 'stopped' }
    }
    if (totals.pending > 0 && !lostClaim) {
      const cancelled = await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder, status: 'cancelled' }, {
        ...progress,
        claimedBy: null,
        claimedUntil: null,
        finishedAt: new Date().toISOString(),
      })
      return cancelled ? { outcome: 'finished', status: 'cancelled' } : { outcome: 'stopped' }
    }
    if (lostClaim) {
      await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder, status: 'cancelled' }, {
        ...progress,
        claimedBy: null,
        finishedAt: new Date().toISOString(),
      })
      return { outcome: 'stopped' }
    }
    const status = finalStatus(totals)
    const finished = await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder, status: 'sending' }, {
      ...progress,
      claimedBy: null,
      claimedUntil: null,
      finishedAt: new Date().toISOString(),
      status,
    })
    if (finished) return { outcome: 'finished', status }
    // Cancelled in the last moment: keep the status, record what went out.
    await compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: holder }, { ...progress, claimedBy: null, finishedAt: new Date().toISOString() })
    return { outcome: 'finished', status: 'cancelled' }
  } finally {
    clearInterval(renew)
    run.signal?.removeEventListener('abort', onOuterAbort)
  }
}
