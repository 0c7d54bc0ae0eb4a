import type { Payload } from 'payload'

import { compareAndSet } from '@akita-dx/plugin-core'

import type { LineErrorDetail } from '../client/callOutcome'
import { deterministicRetryKey } from '../client/retryKey'
import { SLUGS } from '../constants'
import type { BatchRow } from './sendBatch'

const RECIPIENT = /^to\[(\d+)\]$/

/**
 * The recipients LINE refused a batch for (a 400 whose every detail is `to[n]`: an id that is not
 * a LINE user id), or null when LINE refused it for anything else (the whole batch fails then).
 */
export const refusedRecipients = (status: number, details: LineErrorDetail[], recipients: string[]): null | Set<number> => {
  if (status !== 400 || details.length === 0) return null
  const indexes = details.map((d) => RECIPIENT.exec(d.property ?? '')?.[1]).map(Number)
  if (indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= recipients.length)) return null
  return new Set(indexes)
}

const nextSeq = async (payload: Payload, deliveryId: number | string) => {
  const last = await payload.db.find({
    collection: SLUGS.batches,
    limit: 1,
    pagination: false,
    select: { seq: true },
    sort: '-seq',
    where: { delivery: { equals: deliveryId } },
  })
  return (((last.docs[0] as unknown as { seq?: number } | undefined)?.seq ?? 0) as number) + 1
}

/**
 * Splits a batch LINE refused for some invalid recipients: the valid ones go on in a new pending
 * batch (appended at the end), the refused ones stay in this batch, marked failed. The new batch's
 * retry key is derived from this batch's, and it is written only if missing, before this batch
 * changes: a process that dies in between splits again to the same key, so every valid recipient
 * gets the message exactly once and none is lost. Returns how many were refused.
 */
export const splitBatch = async (
  payload: Payload,
  deliveryId: number | string,
  batch: BatchRow,
  refused: Set<number>,
  error: string,
): Promise<number> => {
  const valid = batch.recipients.filter((_, i) => !refused.has(i))
  const invalid = batch.recipients.filter((_, i) => refused.has(i))
  const retryKey = deterministicRetryKey(`${batch.retryKey}:valid`)
  const exists = await payload.db.count({ collection: SLUGS.batches, where: { retryKey: { equals: retryKey } } })
  if (valid.length && !exists.totalDocs) {
    const now = new Date().toISOString()
    const data = {
      attempts: 0,
      count: valid.length,
      createdAt: now,
      delivery: deliveryId,
      recipients: valid,
      retryKey,
      seq: await nextSeq(payload, deliveryId),
      status: 'pending',
      updatedAt: now,
    }
    await payload.db.create({ collection: SLUGS.batches, data, returning: false })
  }
  await compareAndSet(
    payload,
    SLUGS.batches,
    batch.id,
    { status: { equals: 'pending' } },
    { count: invalid.length, error, recipients: invalid, status: 'failed' },
  )
  return invalid.length
}
