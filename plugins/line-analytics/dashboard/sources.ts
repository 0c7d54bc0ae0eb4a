import type { Payload } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'
import { idKeyOf } from '@akita-dx/plugin-core/shared'
import { LINE_SLUGS } from '@akita-dx/plugin-line'
import { and, asc, eq, gte, inArray, lt, or } from 'drizzle-orm'

import { SLUGS } from '../constants'

export type DeliveryFields = {
  collection?: null | string
  /** The department of the document sent (kept by the LINE plugin on the delivery). */
  department?: unknown
  document?: null | string
  documentTitle?: null | string
  id: number | string
  /** Segment ids (MongoDB only; on SQL see `deliverySegments`). */
  segments?: string[]
  sent?: null | number
  startedAt?: null | string
  status?: null | string
  total?: null | number
}

/** PostgreSQL hands timestamps back as `2026-11-27 06:39:10.123+00`; the API answers ISO 8601 as the Local API does. */
const isoTime = (value: null | string | undefined): null | string => {
  if (!value) return null
  const time = Date.parse(
    String(value)
      .replace(' ', 'T')
      .replace(/([+-]\d{2})$/, '$1:00'),
  )
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
}

/**
 * The segments of deliveries on SQL, from the relationship's own table (the delivery rows above
 * do not carry them; MongoDB's do).
 */
export const deliverySegments = async (payload: Payload, ids: (number | string)[]): Promise<Map<string, string[]>> => {
  const handle = sqlOf(payload)
  if (!handle || ids.length === 0) return new Map()
  const rels = handle.table(LINE_SLUGS.deliveries, 'rels')
  const segment = rels[`${LINE_SLUGS.segments}ID`]
  const rows = (await handle.db
    .select({ parent: rels.parent, segment })
    .from(rels)
    .where(and(eq(rels.path, 'segments'), inArray(rels.parent, ids)))
    .orderBy(asc(rels.parent), asc(rels.order))) as { parent: unknown; segment: unknown }[]
  const byDelivery = new Map<string, string[]>()
  for (const row of rows) {
    const id = idKeyOf(row.segment)
    if (id !== null) byDelivery.set(String(row.parent), [...(byDelivery.get(String(row.parent)) ?? []), id])
  }
  return byDelivery
}

const viaLocalApi = async (payload: Payload, start: string, end: string, clicked: string[]): Promise<DeliveryFields[]> => {
  const found = await payload.find({
    collection: LINE_SLUGS.deliveries,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: {
      and: [
        { mode: { equals: 'live' } },
        {
          or: [
            { and: [{ startedAt: { greater_than_equal: start } }, { startedAt: { less_than: end } }] },
            ...(clicked.length ? [{ id: { in: clicked } }] : []),
          ],
        },
      ],
    },
  })
  return (found.docs as unknown as (DeliveryFields & { segments?: unknown })[]).map((d) => ({
    ...d,
    segments: (Array.isArray(d.segments) ? d.segments : []).map(idKeyOf).filter((id): id is string => id !== null),
  }))
}

/**
 * Live deliveries started in the period or clicked in it. On SQL straight from the table: the
 * Local API's per-document processing of a few hundred rows costs more than the click query.
 */
export const liveDeliveries = async (payload: Payload, start: string, end: string, clicked: string[]): Promise<DeliveryFields[]> => {
  const handle = sqlOf(payload)
  if (!handle) return viaLocalApi(payload, start, end, clicked)
  const t = handle.table(LINE_SLUGS.deliveries)
  const ids = clicked
    .map((id) => (handle.dialect === 'postgres' || /^\d+$/.test(id) ? Number(id) : id))
    .filter((id) => typeof id === 'string' || Number.isFinite(id))
  const inPeriod = and(gte(t.startedAt, start), lt(t.startedAt, end))
  const rows = (await handle.db
    .select({
      collection: t.collection,
      department: t.department,
      document: t.document,
      documentTitle: t.documentTitle,
      id: t.id,
      sent: t.sent,
      startedAt: t.startedAt,
      status: t.status,
      total: t.total,
    })
    .from(t)
    .where(and(eq(t.mode, 'live'), ids.length ? or(inPeriod, inArray(t.id, ids)) : inPeriod))) as DeliveryFields[]
  return rows.map((row) => ({ ...row, startedAt: isoTime(row.startedAt) }))
}

export type LinkFields = {
  category?: null | string
  delivery?: unknown
  department?: null | string
  document?: null | string
  segment?: null | string
}

/** Category, department, document and segments of deliveries, as copied onto their links. */
export const linkAttributes = async (payload: Payload, deliveryIds: string[]): Promise<LinkFields[]> => {
  if (deliveryIds.length === 0) return []
  const handle = sqlOf(payload)
  if (!handle) {
    const found = await payload.find({
      collection: SLUGS.links,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { category: true, delivery: true, department: true, document: true, segment: true },
      where: { delivery: { in: deliveryIds } },
    })
    return found.docs as unknown as LinkFields[]
  }
  const t = handle.table(SLUGS.links)
  return (await handle.db
    .select({ category: t.category, delivery: t.delivery, department: t.department, document: t.document, segment: t.segment })
    .from(t)
    .where(inArray(t.delivery, deliveryIds.map(Number)))) as LinkFields[]
}
