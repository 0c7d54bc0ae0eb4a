import type { Payload } from 'payload'

import { SLUGS, type DeliveryStatus } from '../constants'
import { sqlBatchStates, sqlFreezeOf } from './sqlFreeze'

/** Batches LINE keeps failing (5xx, timeouts, 429) that are still being retried: what the send panel warns of. */
export type Retrying = { batches: number; lastError: string; nextAttemptAt: null | string }

export type Totals = { failed: number; lastError: null | string; pending: number; retrying: null | Retrying; sent: number; total: number }

type BatchState = { count: number; error?: null | string; retryAt?: null | string; status: string }

const noteRetry = (retrying: null | Retrying, row: BatchState): Retrying => {
  const at = row.retryAt ? new Date(row.retryAt).toISOString() : null
  const next = [retrying?.nextAttemptAt, at].filter((t): t is string => Boolean(t)).sort()[0] ?? null
  return { batches: (retrying?.batches ?? 0) + 1, lastError: row.error ?? '', nextAttemptAt: next }
}

/** Recipients per batch state, from the batch rows (never their recipient lists). */
export const batchTotals = async (payload: Payload, id: number | string): Promise<Totals> => {
  const db = sqlFreezeOf(payload)
  const rows = db
    ? await sqlBatchStates(db, id)
    : ((
        await payload.db.find({
          collection: SLUGS.batches,
          limit: 0,
          pagination: false,
          select: { count: true, error: true, retryAt: true, status: true },
          where: { delivery: { equals: id } },
        })
      ).docs as unknown as BatchState[])
  const totals: Totals = { failed: 0, lastError: null, pending: 0, retrying: null, sent: 0, total: 0 }
  for (const row of rows) {
    totals.total += row.count
    if (row.status === 'sent') totals.sent += row.count
    else if (row.status === 'failed') {
      totals.failed += row.count
      totals.lastError = row.error ?? totals.lastError
    } else {
      totals.pending += row.count
      if (row.error) totals.retrying = noteRetry(totals.retrying, row)
    }
  }
  return totals
}

export const finalStatus = (t: Pick<Totals, 'failed' | 'sent'>): DeliveryStatus => {
  if (t.failed === 0) return 'done'
  return t.sent === 0 ? 'failed' : 'partial'
}
