import type { Endpoint } from 'payload'

import { compareAndSet, errorResponse, jsonResponse, readJsonObject, refusalResponse, requireRole } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { composeFromSource } from '../messages/compose'
import { AUDITED_FIELDS, auditDeliveryAfter } from './audit'
import { maySendDocument } from './ownership'
import { deliveryNotFound, readableDelivery } from './readable'
import { batchTotals } from './totals'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'

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
    const doc = await readableDelivery(req, { failed: true, lastError: true, sent: true, status: true, total: true })
    if (!doc) return deliveryNotFound(req)
    const { failed, lastError, sent, status, total } = doc
    // Read from the batches while sending: the delivery row is written only every so often.
    const retrying = status === 'sending' ? (await batchTotals(req.payload, doc.id as number | string)).retrying : null
    return jsonResponse({
      failed: failed ?? 0,
      id: doc.id,
      lastError: lastError ?? null,
      retrying,
      sent: sent ?? 0,
      status,
      total: total ?? 0,
    })
  },
  method: 'get',
  path: '/:id/progress',
})

/** `POST /api/line-deliveries/:id/cancel`: stops a delivery that has not finished. */
export const cancelEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const doc = await readableDelivery(req, { ...AUDITED_FIELDS, collection: true, document: true, status: true })
    if (!doc) return deliveryNotFound(req)
    if (!(await maySendDocument(req, String(doc.collection), String(doc.document))))
      return errorResponse(403, lineT(req, 'errorNotYourDocument'))
    const cancelled = await compareAndSet(
      req.payload,
      SLUGS.deliveries,
      doc.id as number | string,
      { status: { in: ['awaiting_approval', 'scheduled', 'sending'] } },
      { status: 'cancelled' },
    )
    if (!cancelled) return errorResponse(409, lineT(req, 'errorCancelFinished', { status: String(doc.status) }))
    await auditDeliveryAfter({ payload: req.payload, req }, 'sendCancelled', doc)
    return jsonResponse({ id: doc.id, status: 'cancelled' })
  },
  method: 'post',
  path: '/:id/cancel',
})
