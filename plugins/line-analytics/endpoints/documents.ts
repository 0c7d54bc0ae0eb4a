import type { Endpoint } from 'payload'

import { jstDay } from '@akita-dx/plugin-core/shared'
import { countRecipients, LINE_SLUGS, STATISTICS_MINIMUM } from '@akita-dx/plugin-line'

import { deliveryFigures } from '../dashboard'
import type { ResolvedAnalyticsOptions } from '../types'
import { editorsOnly, ID, idParam, json, refuse, routeParam } from './request'

/** `GET /api/line-analytics/documents/:collection/:id`: a document's live deliveries with their figures, for its edit view. */
export const documentEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const denied = editorsOnly(req, options)
    if (denied) return denied
    const collection = routeParam(req, 'collection')
    const id = routeParam(req, 'id')
    if (!ID.test(collection) || !ID.test(id)) return refuse(req, 400, 'errorDocumentParams')
    // The deliveries this editor may read (the LINE plugin's ownership), not every department's.
    const found = await req.payload.find({
      collection: LINE_SLUGS.deliveries,
      depth: 0,
      limit: 50,
      overrideAccess: false,
      req,
      sort: '-createdAt',
      where: { and: [{ collection: { equals: collection } }, { document: { equals: id } }, { mode: { equals: 'live' } }] },
    })
    const deliveries = []
    for (const d of found.docs) {
      const figures = await deliveryFigures(req.payload, d.id)
      if (figures) deliveries.push(figures)
    }
    return json({ deliveries })
  },
  method: 'get',
  path: '/line-analytics/documents/:collection/:id',
})

type PastDelivery = { documentTitle?: string; id: number | string; startedAt?: string; total?: number }

/** `GET /api/line-analytics/segments/:id`: whether LINE will hide a segment's statistics, now and in past sends. */
export const segmentEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const id = editorsOnly(req, options) ?? idParam(req, 'id', 'errorSegmentId')
    if (id instanceof Response) return id
    const segment = await req.payload.findByID({ collection: LINE_SLUGS.segments, depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!segment) return refuse(req, 404, 'errorSegmentMissing', { id })
    const [recipients, past] = await Promise.all([
      countRecipients(req.payload, [segment.id]),
      req.payload.find({
        collection: LINE_SLUGS.deliveries,
        depth: 0,
        limit: 20,
        overrideAccess: false,
        req,
        select: { documentTitle: true, startedAt: true, total: true },
        sort: '-createdAt',
        where: { and: [{ segments: { in: [id] } }, { mode: { equals: 'live' } }] },
      }),
    ])
    const small = (past.docs as PastDelivery[]).filter((d) => (d.total ?? 0) < STATISTICS_MINIMUM)
    return json({
      hidden: recipients < STATISTICS_MINIMUM,
      minimum: STATISTICS_MINIMUM,
      pastHidden: small.map((d) => ({
        day: d.startedAt ? jstDay(d.startedAt) : null,
        id: d.id,
        recipients: d.total ?? 0,
        title: d.documentTitle ?? '',
      })),
      recipients,
    })
  },
  method: 'get',
  path: '/line-analytics/segments/:id',
})
