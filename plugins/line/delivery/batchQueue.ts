import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import type { BatchRow } from './sendBatch'

const PAGE = 40

/**
 * The pending batches of a delivery for its workers, in `seq` order, refilled a page ahead so no
 * worker waits for the slowest batch of a page (a barrier per 40 batches cost ~25% at a million
 * recipients). A delivery that is no longer `sending` (cancelled) yields nothing more.
 */
export const batchQueue = (payload: Payload, deliveryId: number | string, concurrency: number, signal: AbortSignal) => {
  const queue: BatchRow[] = []
  let lastSeq = 0
  let exhausted = false
  let loading: null | Promise<void> = null

  const loadPage = async () => {
    const current = (await payload.findByID({
      collection: SLUGS.deliveries,
      depth: 0,
      id: deliveryId,
      overrideAccess: true,
      select: { status: true },
    })) as {
      status: string
    }
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
      where: { and: [{ delivery: { equals: deliveryId } }, { status: { equals: 'pending' } }, { seq: { greater_than: lastSeq } }] },
    })
    const batches = page.docs as unknown as BatchRow[]
    if (batches.length === 0) exhausted = true
    else {
      lastSeq = batches[batches.length - 1].seq
      queue.push(...batches)
    }
  }
  const load = () => (loading ??= loadPage().finally(() => (loading = null)))

  return async function next(): Promise<BatchRow | undefined> {
    while (!signal.aborted) {
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
}
