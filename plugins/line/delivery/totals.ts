import type { Payload } from 'payload'

import { SLUGS, type DeliveryStatus } from '../constants'
import { sqlBatchStates, sqlFreezeOf } from './sqlFreeze'

export type Totals = { failed: number; lastError: null | string; pending: number; sent: number; total: number }

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
          select: { count: true, error: true, status: true },
          where: { delivery: { equals: id } },
        })
      ).docs as unknown as { count: number; error?: null | string; status: string }[])
  const totals: Totals = { failed: 0, lastError: null, pending: 0, sent: 0, total: 0 }
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

export const finalStatus = (t: Pick<Totals, 'failed' | 'sent'>): DeliveryStatus => {
  if (t.failed === 0) return 'done'
  return t.sent === 0 ? 'failed' : 'partial'
}
