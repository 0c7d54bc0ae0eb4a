import type { Endpoint } from 'payload'

import { compareAndSet } from '../../../src/lib/atomic'
import { SLUGS } from '../constants'
import { composeFromSource } from '../hooks/prepareDelivery'
import type { ResolvedLineOptions } from '../types'
import { json, readBody, requireEditor } from './helpers'

/**
 * `POST /api/line-deliveries/preview { collection, document, altText?, extraText? }`: the
 * messages a delivery would send, with LINE-limit problems, for the admin preview.
 */
export const previewEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const body = await readBody(req)
    if (body instanceof Response) return body
    try {
      const { messages, problems, warnings } = await composeFromSource(req.payload, options, body, req)
      return json({ messages, problems, warnings })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      return json({ error: (error as Error).message }, status)
    }
  },
  method: 'post',
  path: '/preview',
})

/** `GET /api/line-deliveries/:id/progress`: status and counts, polled by the progress bar. */
export const progressEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const id = req.routeParams?.id as string
    const doc = (await req.payload.findByID({
      collection: SLUGS.deliveries,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      select: { failed: true, lastError: true, sent: true, status: true, total: true },
    })) as null | Record<string, unknown>
    if (!doc) return json({ error: `配信 ${id} がありません` }, 404)
    const { failed, lastError, sent, status, total } = doc
    return json({ failed: failed ?? 0, id: doc.id, lastError: lastError ?? null, sent: sent ?? 0, status, total: total ?? 0 })
  },
  method: 'get',
  path: '/:id/progress',
})

/** `POST /api/line-deliveries/:id/cancel`: stops a delivery that has not finished. */
export const cancelEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const denied = requireEditor(req)
    if (denied) return denied
    const id = req.routeParams?.id as string
    const doc = (await req.payload.findByID({
      collection: SLUGS.deliveries,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      select: { status: true },
    })) as null | { id: number | string; status: string }
    if (!doc) return json({ error: `配信 ${id} がありません` }, 404)
    const cancelled = await compareAndSet(req.payload, SLUGS.deliveries, doc.id, { status: { in: ['scheduled', 'sending'] } }, {
      status: 'cancelled',
    })
    if (!cancelled) return json({ error: 'この配信は終了しているため取り消せません', status: doc.status }, 409)
    return json({ id: doc.id, status: 'cancelled' })
  },
  method: 'post',
  path: '/:id/cancel',
})
