import type { Endpoint, PayloadRequest } from 'payload'

import { compareAndSet, errorResponse, jsonResponse, readJsonObject, requireRole } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { isDue } from '../delivery/due'
import { AUDITED_FIELDS, auditDeliveryAfter } from '../delivery/audit'
import { deliveryNotFound, readableDelivery } from '../delivery/readable'
import { nudgeDelivery } from '../delivery/runner'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { notifyRequester } from './notify'
import { decisionRight } from './rules'

const REASON_MAX = 500
const DECIDED = {
  ...AUDITED_FIELDS,
  aggregationUnit: true,
  requestedBy: true,
  scheduledAt: true,
  status: true,
} as const

type Pending = { delivery: Record<string, unknown> } | { refusal: Response }

/** The request of the path, if it is still awaiting a decision this user may take. */
const pendingRequest = async (req: PayloadRequest, options: ResolvedLineOptions): Promise<Pending> => {
  const denied = requireRole(req, options.organisation, 'editor')
  if (denied) return { refusal: denied }
  const delivery = await readableDelivery(req, DECIDED)
  if (!delivery) return { refusal: deliveryNotFound(req) }
  if (delivery.status !== 'awaiting_approval')
    return { refusal: errorResponse(409, lineT(req, 'errorNotAwaiting', { status: String(delivery.status) })) }
  const right = await decisionRight(req, delivery)
  if (right === 'ownRequest') return { refusal: errorResponse(403, lineT(req, 'errorOwnRequest')) }
  if (right === 'notApprover') return { refusal: errorResponse(403, lineT(req, 'errorNotApprover')) }
  return { delivery }
}

/** Moves the request on in one statement: of two approvers at the same instant, one wins. */
const decide = (req: PayloadRequest, delivery: Record<string, unknown>, values: Record<string, unknown>) =>
  compareAndSet(
    req.payload,
    SLUGS.deliveries,
    delivery.id as number | string,
    { status: { equals: 'awaiting_approval' } },
    {
      ...values,
      reviewedAt: new Date().toISOString(),
      reviewedBy: req.user!.id,
    },
  )

const decidedElsewhere = (req: PayloadRequest) => errorResponse(409, lineT(req, 'errorDecidedElsewhere'))

/** `POST /api/line-deliveries/:id/approve`: the request is scheduled, and sends now if its time has come. */
export const approveEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const pending = await pendingRequest(req, options)
    if ('refusal' in pending) return pending.refusal
    const { delivery } = pending
    if (!(await decide(req, delivery, { rejectionReason: null, status: 'scheduled' }))) return decidedElsewhere(req)
    await auditDeliveryAfter({ payload: req.payload, req }, 'approved', delivery)
    if (isDue({ ...delivery, status: 'scheduled' }, new Date(Date.now() + 1000))) nudgeDelivery(req.payload, delivery.id as number | string)
    // Awaited (a few seconds at most): the decision is stored, and the answer says the requester was told.
    await notifyRequester(req, delivery, 'approved')
    return jsonResponse({ id: delivery.id, status: 'scheduled' })
  },
  method: 'post',
  path: '/:id/approve',
})

/** `POST /api/line-deliveries/:id/reject { reason }`: sent back to the requester with the reason. */
export const rejectEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
    if (!reason) return errorResponse(400, lineT(req, 'errorRejectReason'), { field: 'reason' })
    if (reason.length > REASON_MAX || reason.includes('\u0000'))
      return errorResponse(400, lineT(req, 'errorRejectReasonLength', { max: REASON_MAX }), { field: 'reason' })
    const pending = await pendingRequest(req, options)
    if ('refusal' in pending) return pending.refusal
    if (!(await decide(req, pending.delivery, { rejectionReason: reason, status: 'rejected' }))) return decidedElsewhere(req)
    await auditDeliveryAfter({ payload: req.payload, req }, 'rejected', pending.delivery, { note: reason })
    await notifyRequester(req, pending.delivery, 'rejected', reason)
    return jsonResponse({ id: pending.delivery.id, status: 'rejected' })
  },
  method: 'post',
  path: '/:id/reject',
})

/** `GET /api/line-deliveries/:id/approval`: what the approval panel shows and may offer this user. */
export const approvalEndpoint = (options: ResolvedLineOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const delivery = await readableDelivery(req, { ...DECIDED, recipientEstimate: true, rejectionReason: true, reviewedAt: true })
    if (!delivery) return deliveryNotFound(req)
    const right = delivery.status === 'awaiting_approval' ? await decisionRight(req, delivery) : 'decided'
    const { id, recipientEstimate, rejectionReason, reviewedAt, scheduledAt, status } = delivery
    return jsonResponse({
      id,
      mayDecide: right === 'allowed',
      own: right === 'ownRequest',
      recipientEstimate: recipientEstimate ?? null,
      rejectionReason: rejectionReason ?? null,
      reviewedAt: reviewedAt ?? null,
      scheduledAt: scheduledAt ?? null,
      status,
    })
  },
  method: 'get',
  path: '/:id/approval',
})
