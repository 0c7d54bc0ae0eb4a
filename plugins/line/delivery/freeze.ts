import type { Payload, Where } from 'payload'

import { type SqlHandle } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'
import crypto from 'node:crypto'

import { SLUGS } from '../constants'
import { findSegmentRules } from '../segments/find'
import { recipientsWhere, type SegmentRule } from '../segments/rule'
import { requesterLineIds } from './requester'
import { freezeBatchesInDatabase, sqlFreezeOf, sqlInsertBatches, sqlRecipientPages } from './sqlFreeze'

const PAGE = 5000
const BATCHES_PER_INSERT = 20

export type FrozenDelivery = {
  id: number | string
  mode: 'live' | 'test'
  requestedBy?: unknown
  segments?: unknown[] | null
}

/** The rules of a live delivery's segments. */
const segmentRules = async (payload: Payload, delivery: FrozenDelivery): Promise<SegmentRule[]> => {
  const ids = (delivery.segments ?? []).map(idOf).filter((id): id is number | string => id !== null)
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

/** A test delivery goes to the requesting editor's own LINE ids, and nowhere else. */
async function* testRecipients(payload: Payload, delivery: FrozenDelivery): AsyncGenerator<string[]> {
  yield await requesterLineIds(payload, delivery)
}

/** Cuts pages of ids into batch rows (each with its retry key) and writes them a few at a time. */
const batchWriter = (payload: Payload, db: null | SqlHandle, deliveryId: number | string, batchSize: number) => {
  let seq = 0
  let total = 0
  let buffer: string[] = []
  let pending: Record<string, unknown>[] = []
  const write = async () => {
    const rows = pending
    pending = []
    if (rows.length === 0) return
    if (db) await sqlInsertBatches(db, rows)
    else for (const data of rows) await payload.db.create({ collection: SLUGS.batches, data, returning: false })
  }
  const flush = async (ids: string[]) => {
    seq += 1
    total += ids.length
    const now = new Date().toISOString()
    const row = {
      attempts: 0,
      count: ids.length,
      createdAt: now,
      delivery: deliveryId,
      recipients: ids,
      retryKey: crypto.randomUUID(),
      seq,
      status: 'pending',
      updatedAt: now,
    }
    pending.push(row)
    if (pending.length >= BATCHES_PER_INSERT) await write()
  }
  return {
    add: async (ids: string[]) => {
      buffer.push(...ids)
      while (buffer.length >= batchSize) {
        await flush(buffer.slice(0, batchSize))
        buffer = buffer.slice(batchSize)
      }
    },
    finish: async () => {
      if (buffer.length) await flush(buffer)
      await write()
      return total
    },
  }
}

/**
 * Resolves the recipients once into numbered batch rows, each with its retry key. Rows of an
 * earlier attempt that died halfway are removed first; nothing has been sent from them, since
 * sending starts only after the delivery is marked frozen.
 */
export const freezeRecipients = async (
  payload: Payload,
  delivery: FrozenDelivery,
  batchSize: number,
  /** `paged`: page through the residents from Node on SQL databases too (the benchmark compares both). */
  { strategy = 'auto' }: { strategy?: 'auto' | 'paged' } = {},
): Promise<number> => {
  await payload.db.deleteMany({ collection: SLUGS.batches, where: { delivery: { equals: delivery.id } } })
  const db = sqlFreezeOf(payload)
  if (delivery.mode === 'test') {
    const writer = batchWriter(payload, db, delivery.id, batchSize)
    for await (const ids of testRecipients(payload, delivery)) await writer.add(ids)
    return writer.finish()
  }
  const rules = await segmentRules(payload, delivery)
  if (db && strategy === 'auto') return freezeBatchesInDatabase(db, delivery.id, rules, batchSize)
  const writer = batchWriter(payload, db, delivery.id, batchSize)
  const pages = db ? sqlRecipientPages(db, rules, PAGE) : recipientPages(payload, recipientsWhere(rules))
  for await (const ids of pages) await writer.add(ids)
  return writer.finish()
}
