import type { Payload } from 'payload'

import { and, eq, gte, inArray, lt, or } from '@payloadcms/db-sqlite/drizzle'

import { LINE, SLUGS } from '../constants'
import { sqlAccess } from '../server/sqlTable'

export type DeliveryFields = {
  collection?: null | string
  document?: null | string
  documentTitle?: null | string
  id: number | string
  segments?: unknown
  sent?: null | number
  startedAt?: null | string
  status?: null | string
  total?: null | number
}

/**
 * Live deliveries started in the period or clicked in it. On SQL straight from the table: the
 * Local API's per-document processing of a few hundred rows costs more than the click query.
 */
export const liveDeliveries = async (payload: Payload, start: string, end: string, clicked: string[]): Promise<DeliveryFields[]> => {
  if (!payload.collections[LINE.deliveries]) return []
  const sql = sqlAccess(payload, LINE.deliveries)
  if (!sql) {
    const found = await payload.find({
      collection: LINE.deliveries,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: {
        and: [
          { mode: { equals: 'live' } },
          { or: [{ and: [{ startedAt: { greater_than_equal: start } }, { startedAt: { less_than: end } }] }, ...(clicked.length ? [{ id: { in: clicked } }] : [])] },
        ],
      },
    })
    return found.docs as unknown as DeliveryFields[]
  }
  const t = sql.table as Record<string, never>
  const ids = clicked.map((id) => (sql.dialect === 'postgres' || /^\d+$/.test(id) ? Number(id) : id)).filter((id) => typeof id === 'string' || Number.isFinite(id))
  const inPeriod = and(gte(t.startedAt, start as never), lt(t.startedAt, end as never))
  const rows = (await sql.drizzle
    .select({
      collection: t.collection,
      document: t.document,
      documentTitle: t.documentTitle,
      id: t.id,
      sent: t.sent,
      startedAt: t.startedAt,
      status: t.status,
      total: t.total,
    })
    .from(t as never)
    .where(and(eq(t.mode, 'live' as never), ids.length ? or(inPeriod, inArray(t.id, ids as never[])) : inPeriod))) as DeliveryFields[]
  return rows.map((row) => ({ ...row, startedAt: isoTime(row.startedAt) }))
}

/** PostgreSQL hands timestamps back as `2026-11-27 06:39:10.123+00`; the API answers ISO 8601 as the Local API does. */
const isoTime = (value: null | string | undefined): null | string => {
  if (!value) return null
  const time = Date.parse(String(value).replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'))
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
}

export type LinkFields = { category?: null | string; delivery?: unknown; department?: null | string; document?: null | string; segment?: null | string }

/** Category, department, document and segments of deliveries, as copied onto their links. */
export const linkAttributes = async (payload: Payload, deliveryIds: string[]): Promise<LinkFields[]> => {
  if (deliveryIds.length === 0) return []
  const sql = sqlAccess(payload, SLUGS.links)
  if (!sql) {
    const found = await payload.find({
      collection: SLUGS.links,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { category: true, delivery: true, department: true, document: true, segment: true } as never,
      where: { delivery: { in: deliveryIds } },
    })
    return found.docs as unknown as LinkFields[]
  }
  const t = sql.table as Record<string, never>
  return (await sql.drizzle
    .select({ category: t.category, delivery: t.delivery, department: t.department, document: t.document, segment: t.segment })
    .from(t as never)
    .where(inArray(t.delivery, deliveryIds.map(Number) as never[]))) as LinkFields[]
}
