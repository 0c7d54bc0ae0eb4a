import type { Endpoint } from 'payload'

import { recipientsWhere } from '../../line/utilities/segmentWhere'
import { LINE, STATISTICS_MINIMUM } from '../constants'
import { dashboardCsv } from '../queries/csv'
import { dashboardData, parseDashboardFilter } from '../queries/dashboard'
import { deliveryFigures } from '../queries/deliveryFigures'
import { jstDay } from '../utilities/dates'
import { editorDeliveryId, ID, json, requireEditor, routeParam } from './helpers'
import { refreshInsightEndpoint } from './refreshInsight'

const deliveryEndpoint: Endpoint = {
  handler: async (req) => {
    const id = editorDeliveryId(req)
    if (id instanceof Response) return id
    const figures = await deliveryFigures(req.payload, id)
    if (!figures) return json({ error: `配信 ${id} はありません` }, 404)
    return json(figures)
  },
  method: 'get',
  path: '/line-analytics/deliveries/:id',
}

const summaryEndpoint: Endpoint = {
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const filter = parseDashboardFilter((req.query ?? {}) as Record<string, unknown>)
    if (typeof filter === 'string') return json({ error: filter }, 400)
    return json(await dashboardData(req.payload, filter))
  },
  method: 'get',
  path: '/line-analytics/summary',
}

const exportEndpoint: Endpoint = {
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const filter = parseDashboardFilter((req.query ?? {}) as Record<string, unknown>)
    if (typeof filter === 'string') return json({ error: filter }, 400)
    const csv = dashboardCsv(await dashboardData(req.payload, filter))
    return new Response(csv, {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="line-analytics_${filter.from}_${filter.to}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/line-analytics/export',
}

/** A document's deliveries with their figures, for the panel on its edit view. */
const documentEndpoint: Endpoint = {
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const collection = routeParam(req, 'collection')
    const id = routeParam(req, 'id')
    if (!ID.test(collection) || !ID.test(id)) return json({ error: 'collection と id を指定してください' }, 400)
    if (!req.payload.collections[LINE.deliveries]) return json({ deliveries: [] })
    const found = await req.payload.find({
      collection: LINE.deliveries,
      depth: 0,
      limit: 50,
      overrideAccess: true,
      sort: '-createdAt',
      where: { and: [{ collection: { equals: collection } }, { document: { equals: id } }, { mode: { equals: 'live' } }] },
    })
    const deliveries = []
    for (const d of found.docs as { id: number | string }[]) {
      const figures = await deliveryFigures(req.payload, d.id)
      if (figures) deliveries.push(figures)
    }
    return json({ deliveries })
  },
  method: 'get',
  path: '/line-analytics/documents/:collection/:id',
}

/** Whether LINE will hide a segment's statistics: its followers now, and past sends that came back hidden. */
const segmentEndpoint: Endpoint = {
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const id = routeParam(req, 'id')
    if (!ID.test(id)) return json({ error: `セグメント ID「${id}」の形式が正しくありません` }, 400)
    const segment = await req.payload.findByID({ collection: LINE.segments, depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!segment) return json({ error: `セグメント ${id} はありません` }, 404)
    const { totalDocs } = await req.payload.count({ collection: LINE.subscribers, overrideAccess: true, where: recipientsWhere([segment as never]) })
    const past = await req.payload.find({
      collection: LINE.deliveries,
      depth: 0,
      limit: 20,
      overrideAccess: true,
      select: { documentTitle: true, startedAt: true, total: true } as never,
      sort: '-createdAt',
      where: { and: [{ segments: { in: [id] } }, { mode: { equals: 'live' } }] },
    })
    const small = (past.docs as { documentTitle?: string; id: unknown; startedAt?: string; total?: number }[]).filter((d) => (d.total ?? 0) < STATISTICS_MINIMUM)
    return json({
      hidden: totalDocs < STATISTICS_MINIMUM,
      minimum: STATISTICS_MINIMUM,
      pastHidden: small.map((d) => ({ day: d.startedAt ? jstDay(d.startedAt) : null, id: d.id, recipients: d.total ?? 0, title: d.documentTitle ?? '' })),
      recipients: totalDocs,
    })
  },
  method: 'get',
  path: '/line-analytics/segments/:id',
}

export const analyticsEndpoints = (): Endpoint[] => [
  deliveryEndpoint,
  refreshInsightEndpoint,
  summaryEndpoint,
  exportEndpoint,
  documentEndpoint,
  segmentEndpoint,
]
