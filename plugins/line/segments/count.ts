import type { Payload, PayloadRequest } from 'payload'

import { NARROWCAST_MINIMUM, SLUGS, STATISTICS_MINIMUM } from '../constants'
import { lineT } from '../translations'
import { findSegmentRules } from './find'
import { recipientsWhere, type SegmentRule } from './rule'

/** Followers reached now by the union of these rules. */
export const countRuleRecipients = async (payload: Payload, rules: SegmentRule[]): Promise<number> =>
  (await payload.count({ collection: SLUGS.subscribers, overrideAccess: true, where: recipientsWhere(rules) })).totalDocs

/** Followers reached now by saved segments together, as a live delivery to them would freeze them. */
export const countRecipients = async (payload: Payload, segmentIds: (number | string)[]): Promise<number> =>
  countRuleRecipients(payload, await findSegmentRules(payload, segmentIds))

export type CountWarning = { code: 'narrowcast' | 'statistics'; message: string }

/** Warnings an editor sees next to a segment's recipient count. */
export const countWarnings = (count: number, req?: Pick<PayloadRequest, 't'>): CountWarning[] => {
  const warnings: CountWarning[] = []
  if (count < STATISTICS_MINIMUM)
    warnings.push({ code: 'statistics', message: lineT(req, 'warnStatistics', { minimum: STATISTICS_MINIMUM }) })
  if (count < NARROWCAST_MINIMUM)
    warnings.push({ code: 'narrowcast', message: lineT(req, 'warnNarrowcast', { minimum: NARROWCAST_MINIMUM }) })
  return warnings
}
