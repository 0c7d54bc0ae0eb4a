import type { PayloadRequest } from 'payload'

import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import { HELP_MATCHES } from '../constants'
import { periodsOverlap } from './availability'

type Period = { periodFrom?: null | string; periodUntil?: null | string }
type CommittedRequest = Period & { hoursPerMonth?: null | number; id: ID; status?: null | string }

/** Requests still running: an accepted assignment on a closed (終了) request no longer takes time. */
const RUNNING = ['open', 'matched']

/**
 * Monthly hours each profile already gives: accepted matches on running requests whose period
 * overlaps `period`, keyed by profile id. Read with the server's access: only the total leaves
 * here, and only for profiles the caller was already shown.
 */
export const committedHours = async (req: PayloadRequest, profileIds: ID[], period: Period & { id?: ID }): Promise<Map<string, number>> => {
  const hours = new Map<string, number>()
  if (profileIds.length === 0) return hours
  const accepted = await req.payload.find({
    collection: HELP_MATCHES,
    depth: 1,
    overrideAccess: true,
    pagination: false,
    populate: { 'help-requests': { hoursPerMonth: true, periodFrom: true, periodUntil: true, status: true } },
    req,
    select: { helpRequest: true, profile: true },
    where: { and: [{ status: { equals: 'accepted' } }, { profile: { in: profileIds } }] },
  })
  for (const match of accepted.docs) {
    const request = match.helpRequest as unknown as CommittedRequest | null
    if (!request || typeof request !== 'object' || String(request.id) === String(period.id)) continue
    if (!RUNNING.includes(String(request.status)) || !periodsOverlap(request, period)) continue
    const key = String(idOf(match.profile as never))
    hours.set(key, (hours.get(key) ?? 0) + (request.hoursPerMonth ?? 0))
  }
  return hours
}
