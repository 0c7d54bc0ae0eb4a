import type { Payload, Where } from 'payload'

import crypto from 'node:crypto'

import { LINE_USER_ID_PATTERN, SLUGS } from '../constants'
import { recipientsWhere, type SegmentRule } from '../utilities/segmentWhere'
import { findSegmentRules } from './findSegmentRules'
import { freezeBatchesInDatabase, sqlAdapterOf, sqlInsertBatches, sqlRecipientPages } from './sqlFreeze'

const PAGE = 5000

type DeliveryDoc = {
  id: number | string
  mode: 'live' | 'test'
  requestedBy?: null | number | string | { id: number | string }
  segments?: (number | string | { id: number | string })[] | null
}

const idOf = (v: number | string | { id: number | string }) => (typeof v === 'object' ? v.id : v)

/** The rules of a live delivery's segments. */
const segmentRules = async (payload: Payload, delivery: DeliveryDoc): Promise<SegmentRule[]> => {
  const ids = (delivery.segments ?? []).map(idOf)
  if (ids.length === 0) throw new Error('a live delivery needs at least one segment')
  return findSegmentRules(payload, ids)
}

/** Pages through matching subscribers by id, so memory holds one page whatever the segment size. */
async function* recipientPages(payload: Payload, where: Where): AsyncGenerator<string[]> {
  let lastId: null | number | string = null
  for (;;) {
    // Adapter level: no hooks or access on thousands of rows per page (access is the caller's, an editor's).
    const page = (await payload.db.find({
      collection: SLUGS.subscribers,
      limit: PAGE,
      pagination: false,
      select: { lineUserId: true },
      sort: 'id',
      where: lastId === null ? where : { and: [where, { id: { greater_than: lastId } }] },
    })) as unknown as { docs: { id: number | string; lineUserId?: unknown }[] }
    if (page.docs.length === 0) return
    lastId = page.docs[page.docs.length - 1].id
    yield page.docs.map((d) => d.lineUserId as string)
    if (page.docs.length < PAGE) return
  }
}

const testRecipients = async (payload: Payload, delivery: DeliveryDoc): Promise<string[]> => {
  if (!delivery.requestedBy) return []
  const user = (await payload.findByID({
    collection: 'users',
    depth: 0,
    disableErrors: true,
    id: idOf(delivery.requestedBy),
    overrideAccess: true,
  })) as { lineUserIds?: null | string[] } | null
  return [...new Set((user?.lineUserIds ?? []).filter((id) => LINE_USER_ID_PATTERN.test(id)))]
}

const BATCHES_PER_INSERT = 20

/**
 * Resolves the recipients once into numbered batch rows, each with its retry key. Rows of an
 * earlier attempt that died halfway are removed first; nothing has been sent from them, since
 * sending starts only after the delivery is marked frozen.
 */
export const freezeRecipients = async (
  payload: Payload,
  delivery: DeliveryDoc,
  batchSize: number,
  /** `paged`: page through the residents from Node on SQL databases too (the benchmark compares both). */
  { strategy = 'auto' }: { strategy?: 'auto' | 'paged' } = {},
): Promise<number> => {
  await payload.db.deleteMany({ collection: SLUGS.batches, where: { delivery: { equals: delivery.id } } })
  const sql = sqlAdapterOf(payload)
  if (sql && delivery.mode !== 'test' && strategy === 'auto') {
    return freezeBatchesInDatabase(payload, delivery.id, await segmentRules(payload, delivery), batchSize)
  }
  let seq = 0
  let total = 0
  let buffer: string[] = []
  let pending: Record<string, unknown>[] = []
  const write = async () => {
    if (pending.length === 0) return
    const rows = pending
    pending = []
    if (sql) {
      await sqlInsertBatches(payload, rows)
      return
    }
    for (const data of rows) await payload.db.create({ collection: SLUGS.batches, data, returning: false })
  }
  const flush = async (ids: string[]) => {
    seq += 1
    total += ids.length
    const now = new Date().toISOString()
    pending.push({
      attempts: 0,
      count: ids.length,
      createdAt: now,
      delivery: delivery.id,
      recipients: ids,
      retryKey: crypto.randomUUID(),
      seq,
      status: 'pending',
      updatedAt: now,
    })
    if (pending.length >= BATCHES_PER_INSERT) await write()
  }
  let pages: AsyncGenerator<string[]>
  if (delivery.mode === 'test') {
    pages = (async function* () {
      yield await testRecipients(payload, delivery)
    })()
  } else {
    const rules = await segmentRules(payload, delivery)
    pages = sql ? sqlRecipientPages(payload, rules, PAGE) : recipientPages(payload, recipientsWhere(rules))
  }
  for await (const ids of pages) {
    buffer.push(...ids)
    while (buffer.length >= batchSize) {
      await flush(buffer.slice(0, batchSize))
      buffer = buffer.slice(batchSize)
    }
  }
  if (buffer.length) await flush(buffer)
  await write()
  return total
}
