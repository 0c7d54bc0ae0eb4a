import type { Endpoint, PayloadRequest } from 'payload'

import { compareAndSet, errorResponse, jsonResponse, readJsonObject, refusalResponse, requireRole } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { composeFromSource } from '../messages/compose'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'

const deliveryOf = (req: PayloadRequest, select: Record<string, true>) =>
  req.payload.findByID({
    collection: SLUGS.deliveries,
    depth: 0,
    disableErrors: true,
    id: String(req.routeParams?.id ?? ''),
    overrideAccess: true,
    select,
  }) as Promise<null | Record<string, unknown>>

const notFound = (req: PayloadRequest) => errorResponse(404, lineT(req, 'errorDeliveryMissing', { id: String(req.routeParams?.id ?? '') }))

/**
 * `POST /api/line-deliveries/preview { collection, document, altText?, extraText? }`: the
 * messages a delivery would send, with LINE-limit problems, for the admin preview.
 */
export const previewEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    try {
      const { messages, problems, warnings } = await composeFromSource(req.payload, options, body, req)
      return jsonResponse({ messages, problems, warnings })
    } catch (error) {
      const refused = refusalResponse(error)
      if (refused) return refused
      throw error
    }
  },
  method: 'post',
  path: '/preview',
})

/** `GET /api/line-deliveries/:id/progress`: status and counts, polled by the progress bar. */
export const progressEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const doc = await deliveryOf(req, { failed: true, lastError: true, sent: true, status: true, total: true })
    if (!doc) return notFound(req)
    const { failed, lastError, sent, status, total } = doc
    return jsonResponse({ failed: failed ?? 0, id: doc.id, lastError: lastError ?? null, sent: sent ?? 0, status, total: total ?? 0 })
  },
  method: 'get',
  path: '/:id/progress',
})

/** `POST /api/line-deliveries/:id/cancel`: stops a delivery that has not finished. */
export const cancelEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const doc = await deliveryOf(req, { status: true })
    if (!doc) return notFound(req)
    const cancelled = await compareAndSet(
      req.payload,
      SLUGS.deliveries,
      doc.id as number | string,
      { status: { in: ['scheduled', 'sending'] } },
      { status: 'cancelled' },
    )
    if (!cancelled) return errorResponse(409, lineT(req, 'errorCancelFinished', { status: String(doc.status) }))
    return jsonResponse({ id: doc.id, status: 'cancelled' })
  },
  method: 'post',
  path: '/:id/cancel',
})
