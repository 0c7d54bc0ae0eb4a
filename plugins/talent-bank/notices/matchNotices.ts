import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { hasNoticeSender } from '@akita-dx/plugin-core'
import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { MatchStatus } from '../constants'

import { HELP_MATCHES, HELP_REQUESTS, STAFF_PROFILES } from '../constants'
import { message } from '../translations'
import { tell } from './tell'

type Doc = Record<string, any>

const titleOf = async (req: PayloadRequest, collection: typeof HELP_REQUESTS | typeof STAFF_PROFILES, id: unknown, field: string) => {
  const doc = await req.payload.findByID({ collection, depth: 0, disableErrors: true, id: idOf(id)!, overrideAccess: true, req })
  return String((doc as Doc | null)?.[field] ?? '')
}

/** Who made the offer: the first entry of the match's log, which no request can write. */
const proposerOf = (match: Doc): ID | null => idOf(match.log?.[0]?.by)

/**
 * 打診 as they happen: the candidate hears of an offer and of its withdrawal; the colleague who
 * made the offer hears of the candidate's 承諾 or 辞退, with their response.
 */
export const noticeMatchChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (!hasNoticeSender(req.payload)) return doc
  const status = doc.status as MatchStatus
  if (operation === 'update' && status === previousDoc?.status) return doc
  const request = await titleOf(req, HELP_REQUESTS, doc.helpRequest, 'title')
  const candidate = idOf(doc.candidate)
  const context = { payload: req.payload, req }
  if (operation === 'create' && candidate !== null) {
    await tell(context, {
      body: doc.message,
      event: `talent-offer:${doc.id}`,
      kind: 'talentBank.offer',
      recipients: [candidate],
      title: 'notice.offer',
      url: `/collections/${HELP_MATCHES}/${doc.id}`,
      vars: { request },
    })
  } else if (status === 'cancelled' && candidate !== null) {
    await tell(context, {
      body: doc.message,
      event: `talent-offer-cancelled:${doc.id}`,
      kind: 'talentBank.offerCancelled',
      recipients: [candidate],
      title: 'notice.offerCancelled',
      url: `/collections/${HELP_MATCHES}/${doc.id}`,
      vars: { request },
    })
  } else if ((status === 'accepted' || status === 'declined') && proposerOf(doc) !== null) {
    await tell(context, {
      body: doc.response,
      event: `talent-decision:${doc.id}:${status}`,
      kind: 'talentBank.decision',
      recipients: [proposerOf(doc)!],
      title: 'notice.decision',
      url: `/collections/${HELP_REQUESTS}/${idOf(doc.helpRequest)}`,
      vars: {
        decision: message(undefined, `matchStatus.${status}`),
        name: await titleOf(req, STAFF_PROFILES, doc.profile, 'displayName'),
        request,
      },
    })
  }
  return doc
}
