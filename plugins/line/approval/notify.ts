import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { requesterLineIds } from '../delivery/requester'
import { linkedIds, pushToStaff } from '../linking/pushToStaff'
import { lineOptionsOf, linePublicOrigin } from '../options'
import { lineT } from '../translations'
import { APPROVER_FIELD, decisionRight } from './rules'

type Delivery = Record<string, unknown>

type Staff = TypedUser & { lineUserIds?: null | string[] }

// The delivery's statistics unit is random per delivery: ids repeat across databases, retry keys must not.
const eventOf = (delivery: Delivery) => String(delivery.aggregationUnit ?? delivery.id)

const pageOf = (payload: Payload, delivery: Delivery) =>
  `${linePublicOrigin(payload)}${payload.config.routes.admin}/collections/${SLUGS.deliveries}/${String(delivery.id)}`

/** The approvers who may decide this request (marked 配信承認者, not the requester), with a linked LINE. */
const approversOf = async (payload: Payload, delivery: Delivery) => {
  const { docs } = await payload.find({
    collection: lineOptionsOf(payload).organisation.users,
    depth: 0,
    limit: 200,
    overrideAccess: true,
    where: { and: [{ [APPROVER_FIELD]: { equals: true } }, { lineUserIds: { exists: true } }] },
  })
  const allowed: Staff[] = []
  for (const user of docs as Staff[]) {
    if ((await decisionRight({ payload, user } as PayloadRequest, delivery)) === 'allowed') allowed.push(user)
  }
  return allowed
}

/** 「承認依頼」 on the approvers' LINE when an editor asks for a live send. */
export const notifyApprovers = async (req: PayloadRequest, delivery: Delivery) => {
  const { payload } = req
  const at = delivery.scheduledAt ? formatJstDateTime(String(delivery.scheduledAt)) : lineT(req, 'approvalSummaryNow')
  const text = lineT(req, 'noticeRequest', {
    at,
    count: formatNumber(Number(delivery.recipientEstimate ?? 0)),
    title: String(delivery.documentTitle ?? ''),
    url: pageOf(payload, delivery),
  })
  await pushToStaff(payload, linkedIds(await approversOf(payload, delivery)), text, `approval-request:${eventOf(delivery)}`)
}

/** The decision on the requester's LINE: approved, or sent back with the reason. */
export const notifyRequester = async (req: PayloadRequest, delivery: Delivery, decision: 'approved' | 'rejected', reason = '') => {
  const vars = { reason, title: String(delivery.documentTitle ?? ''), url: pageOf(req.payload, delivery) }
  const text = lineT(req, decision === 'approved' ? 'noticeApproved' : 'noticeRejected', vars)
  await pushToStaff(req.payload, await requesterLineIds(req.payload, delivery), text, `approval-${decision}:${eventOf(delivery)}`)
}
