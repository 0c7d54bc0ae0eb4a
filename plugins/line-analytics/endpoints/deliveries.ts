import type { Endpoint } from 'payload'

import { deliveryFigures } from '../dashboard'
import { refreshDeliveryInsight } from '../insight/refreshNow'
import type { ResolvedAnalyticsOptions } from '../types'
import { readableDelivery } from '../dashboard/scope'
import { editorsOnly, idParam, json, refuse } from './request'

/** `GET /api/line-analytics/deliveries/:id`: one delivery's figures (editors). */
export const deliveryEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const id = editorsOnly(req, options) ?? idParam(req, 'id', 'errorDeliveryId')
    if (id instanceof Response) return id
    if (!(await readableDelivery(req, id))) return refuse(req, 404, 'errorDeliveryMissing', { id })
    const figures = await deliveryFigures(req.payload, id)
    return figures ? json(figures) : refuse(req, 404, 'errorDeliveryMissing', { id })
  },
  method: 'get',
  path: '/line-analytics/deliveries/:id',
})

/** `POST /api/line-analytics/deliveries/:id/insight`: read LINE's statistics of a delivery now (editors). */
export const refreshInsightEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const id = editorsOnly(req, options) ?? idParam(req, 'id', 'errorDeliveryId')
    if (id instanceof Response) return id
    if (!(await readableDelivery(req, id))) return refuse(req, 404, 'errorDeliveryMissing', { id })
    const result = await refreshDeliveryInsight(req.payload, id)
    return 'ok' in result ? json(result) : refuse(req, result.status, result.message, result.vars)
  },
  method: 'post',
  path: '/line-analytics/deliveries/:id/insight',
})
