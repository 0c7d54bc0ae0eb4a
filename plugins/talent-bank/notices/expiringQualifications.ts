import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import { hasNoticeSender } from '@akita-dx/plugin-core'
import { addJstDays, formatJstDate, idOf, jstDay } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { STAFF_PROFILES } from '../constants'
import { tell } from './tell'

type Qualification = { expires?: null | string; id?: string; name?: string }

/** The qualifications of a profile that expire from today up to the warning horizon (Japan days). */
const expiringOf = (qualifications: Qualification[] | undefined, today: string, horizon: string) =>
  (qualifications ?? []).filter((q) => q.expires && jstDay(q.expires) >= today && jstDay(q.expires) <= horizon)

/**
 * Tells each person of their 資格 that expire within the warning period, once per qualification
 * and expiry date (renewing it with a new date warns again in time). Answers how many were flagged.
 */
export const flagExpiringQualifications = async (
  payload: Payload,
  options: ResolvedTalentBankOptions,
  now = new Date(),
): Promise<number> => {
  if (options.disabled || !hasNoticeSender(payload)) return 0
  const today = jstDay(now)
  const horizon = addJstDays(today, options.qualificationExpiryWarningDays)
  const { docs } = await payload.find({
    collection: STAFF_PROFILES,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { qualifications: true, user: true },
    where: { 'qualifications.expires': { less_than: `${addJstDays(horizon, 1)}T00:00:00+09:00` } },
  })
  let flagged = 0
  for (const profile of docs) {
    const owner = idOf(profile.user)
    if (owner === null) continue
    for (const q of expiringOf(profile.qualifications as Qualification[], today, horizon)) {
      flagged += 1
      await tell(
        { payload },
        {
          event: `talent-qualification-expiry:${profile.id}:${q.id ?? q.name}:${jstDay(q.expires!)}`,
          kind: 'talentBank.qualificationExpiry',
          recipients: [owner],
          title: 'notice.qualificationExpiry',
          url: `/collections/${STAFF_PROFILES}/${profile.id}`,
          vars: { date: formatJstDate(q.expires!), name: q.name ?? '' },
        },
      )
    }
  }
  return flagged
}

/** Every morning, before the notices' daily digest, in the one process that holds its lease. */
export const expiryTask = (options: ResolvedTalentBankOptions): BackgroundTask => ({
  cron: '0 30 7 * * *',
  name: 'talent-qualification-expiry',
  run: (payload) => flagExpiringQualifications(payload, options),
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
