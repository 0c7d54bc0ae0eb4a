import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'

import { withTimeout } from '../client/callOutcome'
import { createMessagingClient, lineClientConfig } from '../client/config'
import { deterministicRetryKey } from '../client/retryKey'
import { LINE_LIMITS, LINE_USER_ID_PATTERN, SLUGS } from '../constants'
import { requesterLineIds } from '../delivery/requester'
import { lineOptionsOf, linePublicOrigin } from '../options'
import { lineT } from '../translations'
import { APPROVER_FIELD, decisionRight } from './rules'

type Delivery = Record<string, unknown>

// A notice is a nudge: the approver's click must not wait long on a slow LINE.
const NOTICE_TIMEOUT_MS = 5000
type Staff = TypedUser & { lineUserIds?: null | string[] }

// The delivery's statistics unit is random per delivery: ids repeat across databases, retry keys must not.
const eventOf = (delivery: Delivery) => String(delivery.aggregationUnit ?? delivery.id)

const linkedIds = (users: Staff[]) => users.flatMap((u) => (u.lineUserIds ?? []).filter((id) => LINE_USER_ID_PATTERN.test(id)))

const pageOf = (payload: Payload, delivery: Delivery) =>
  `${linePublicOrigin(payload)}${payload.config.routes.admin}/collections/${SLUGS.deliveries}/${String(delivery.id)}`

/**
 * One text to the staff members' own LINE. Best effort: the request or decision is already stored
 * and shown in the admin, so a LINE that refuses only costs the nudge (logged, without the text).
 * The retry key is derived from the event, so a repeated call reaches each phone once.
 */
const pushToStaff = async (payload: Payload, to: string[], text: string, event: string) => {
  if (to.length === 0 || lineOptionsOf(payload).disabled) return
  try {
    const client = createMessagingClient(lineClientConfig())
    const messages = [{ text: text.slice(0, LINE_LIMITS.text), type: 'text' as const }]
    await withTimeout(
      client.multicast({ messages, to: to.slice(0, LINE_LIMITS.multicastRecipients) }, deterministicRetryKey(event)),
      NOTICE_TIMEOUT_MS,
    )
  } catch (error) {
    payload.logger.warn({ event, msg: `LINE notice to staff not sent: ${(error as Error).message}` })
  }
}

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
