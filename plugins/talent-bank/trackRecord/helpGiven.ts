import type { TrackRecordItem, TrackRecordSource } from '@akita-dx/plugin-core'
import type { PayloadRequest } from 'payload'

import { documentTitleOf } from '@akita-dx/plugin-core'
import { formatJstPeriod, type ID } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { HELP_MATCHES, HELP_REQUESTS } from '../constants'
import { label, message } from '../translations'
import { profileOfUser } from './profileOfUser'

type RequestDoc = { hoursPerMonth?: number; id: ID; periodFrom?: string; periodUntil?: null | string; title?: string }
type MatchDoc = {
  decidedAt?: null | string
  department?: null | Record<string, unknown>
  helpRequest?: null | RequestDoc
  updatedAt: string
}

const LIMIT = 50

const itemOf = (req: PayloadRequest, options: ResolvedTalentBankOptions, match: MatchDoc): null | TrackRecordItem => {
  const request = match.helpRequest
  if (!request || typeof request !== 'object') return null
  const hours = request.hoursPerMonth ? message(req, 'trackRecord.hours', { hours: request.hoursPerMonth }) : ''
  const department = documentTitleOf(req.payload, options.organisation.departments, match.department)
  return {
    // When the help began: an offer accepted last winter for a summer job dates from the summer.
    date: request.periodFrom ?? match.decidedAt ?? match.updatedAt,
    detail: [department, formatJstPeriod(request.periodFrom, request.periodUntil), hours].filter(Boolean).join('・'),
    title: request.title ?? '',
    url: `/collections/${HELP_REQUESTS}/${request.id}`,
  }
}

/**
 * 応援の実績 for the profile's track record: the help requests the person accepted. Shown to whoever
 * may read the person's profile (its 公開範囲 and consent decide); what shows is the request, the
 * department and the period, never the messages exchanged on the offer.
 */
export const helpGivenSource = (options: ResolvedTalentBankOptions): TrackRecordSource => ({
  kind: 'talentBank.helpGiven',
  label: label('trackRecord.helpGiven'),
  list: async (req, userId) => {
    if (!(await profileOfUser(req, userId))) return []
    const found = await req.payload.find({
      collection: HELP_MATCHES,
      depth: 1,
      limit: LIMIT,
      overrideAccess: true,
      req,
      select: { decidedAt: true, department: true, helpRequest: true, updatedAt: true },
      sort: '-decidedAt',
      where: { and: [{ candidate: { equals: userId } }, { status: { equals: 'accepted' } }] },
    })
    return (found.docs as unknown as MatchDoc[]).flatMap((match) => itemOf(req, options, match) ?? [])
  },
})
