import type { Endpoint } from 'payload'

import { refreshDeliveryInsight } from '../insight/refreshNow'
import { editorDeliveryId, json } from './helpers'

/** `POST /api/line-analytics/deliveries/:id/insight`: read LINE's statistics of a delivery now (editors). */
export const refreshInsightEndpoint: Endpoint = {
  handler: async (req) => {
    const id = editorDeliveryId(req)
    if (id instanceof Response) return id
    const result = await refreshDeliveryInsight(req.payload, id)
    return 'ok' in result ? json(result) : json({ error: result.error }, result.status)
  },
  method: 'post',
  path: '/line-analytics/deliveries/:id/insight',
}
