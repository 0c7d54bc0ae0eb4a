import type { Payload, Where } from 'payload'

import crypto from 'node:crypto'

import { LINE_USER_ID_PATTERN, SLUGS } from '../constants'
import { recipientsWhere, type SegmentRule } from '../utilities/segmentWhere'

const PAGE = 5000

type DeliveryDoc = {
  id: number | string
  mode: 'live' | 'test'
  requestedBy?: null | number | string | { id: number | string }
  segments?: (number | string | { id: number | string })[] | null
}

const idOf = (v: number | string | { id: number | string }) => (typeof v === 'object' ? v.id : v)

/** The Payload `where` of a live delivery's recipients: followers in any of its segments. */
export const deliveryRecipientsWhere = async (payload: Payload, delivery: DeliveryDoc): Promise<Where> => {
  const ids = (delivery.segments ?? []).map(idOf)
  if (ids.length === 0) throw new Error('a live delivery needs at least one segment')
  const found = await payload.find({
    collection: SLUGS.segments,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  return recipientsWhere(found.docs as SegmentRule[])
}

/** Pages through matching subscribers by id, so memory holds one page whatever the segment size. */
async function* recipientPages(payload: Payload, where: Where): AsyncGenerator<string[]> {
  let lastId: null | number | string = null
  for (;;) {
    const page: { docs: { id: number | string; lineUserId?: unknown }[] } = await payload.find({
      collection: SLUGS.subscribers,
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      pagination: false,
      select: { lineUserId: true },
      sort: 'id',
      where: lastId === null ? where : { and: [where, { id: { greater_than: lastId } }] },
    })
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

/**
 * Resolves the recipients once into numbered batch rows, each with its retry key. Rows of an
 * earlier attempt that died halfway are removed first; nothing has been sent from them, since
 * sending starts only after the delivery is marked frozen.
 */
export const freezeRecipients = async (
  payload: Payload,
  delivery: DeliveryDoc,
  batchSize: number,
): Promise<number> => {
  await payload.db.deleteMany({ collection: SLUGS.batches, where: { delivery: { equals: delivery.id } } })
  let seq = 0
  let total = 0
  let buffer: string[] = []
  const flush = async (ids: string[]) => {
    seq += 1
    total += ids.length
    await payload.create({
      collection: SLUGS.batches,
      data: { count: ids.length, delivery: delivery.id, recipients: ids, retryKey: crypto.randomUUID(), seq, status: 'pending' },
      depth: 0,
      overrideAccess: true,
    })
  }
  const pages =
    delivery.mode === 'test'
      ? (async function* () {
          yield await testRecipients(payload, delivery)
        })()
      : recipientPages(payload, await deliveryRecipientsWhere(payload, delivery))
  for await (const ids of pages) {
    buffer.push(...ids)
    while (buffer.length >= batchSize) {
      await flush(buffer.slice(0, batchSize))
      buffer = buffer.slice(batchSize)
    }
  }
  if (buffer.length) await flush(buffer)
  return total
}
