import type { Endpoint } from 'payload'

import { refreshDeliveryInsight } from '../insight/refreshNow'
import { ID, json, requireEditor, routeParam } from './helpers'

/** `POST /api/line-analytics/deliveries/:id/insight`: read LINE's statistics of a delivery now (editors). */
export const refreshInsightEndpoint: Endpoint = {
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const id = routeParam(req, 'id')
    if (!ID.test(id)) return json({ error: `配信 ID「${id}」の形式が正しくありません` }, 400)
    const result = await refreshDeliveryInsight(req.payload, id)
    return 'ok' in result ? json(result) : json({ error: result.error }, result.status)
  },
  method: 'post',
  path: '/line-analytics/deliveries/:id/insight',
}
