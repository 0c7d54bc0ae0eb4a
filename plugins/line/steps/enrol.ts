import type { Payload, Where } from 'payload'

import { createOnce } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'

/** What an event starts: a follow, and the interests it registered that the resident did not have. */
export type EnrolmentTrigger = { follow?: boolean; interests?: string[] }

type Registration = { consentAt?: null | string; interests?: null | string[] }

/**
 * The interests an event registers with the resident's consent: those it adds once they have
 * consented, and all they chose when this event is the consent (「完了」 of registration); none
 * before it, so no series starts for a resident who has not yet agreed to the notice.
 */
const registeredInterests = (before: Registration, set: Record<string, unknown>): string[] => {
  const had = before.interests ?? []
  if (set.consentAt && !before.consentAt) return Array.isArray(set.interests) ? (set.interests as string[]) : had
  if (!before.consentAt || !Array.isArray(set.interests)) return []
  return (set.interests as string[]).filter((interest) => !had.includes(interest))
}

/** The trigger of an event from the resident before it and what it sets (null: it starts nothing). */
export const enrolmentTrigger = (eventType: string, before: Registration, set: Record<string, unknown>): EnrolmentTrigger | null => {
  const follow = eventType === 'follow'
  const interests = registeredInterests(before, set)
  if (!follow && interests.length === 0) return null
  return { ...(follow ? { follow } : {}), ...(interests.length ? { interests } : {}) }
}

const seriesWhere = (trigger: EnrolmentTrigger): Where | null => {
  const or: Where[] = []
  if (trigger.follow) or.push({ trigger: { equals: 'follow' } })
  if (trigger.interests?.length) or.push({ and: [{ trigger: { equals: 'interest' } }, { interest: { in: trigger.interests } }] })
  return or.length ? { and: [{ active: { equals: true } }, { or }] } : null
}

/**
 * Starts the active series an event triggers for a resident. The unique key makes a repeated
 * event (LINE redelivers, a crash re-applies the plan) start nothing twice.
 */
export const enrolResident = async (payload: Payload, subscriber: number | string, trigger: EnrolmentTrigger, at: string) => {
  const where = seriesWhere(trigger)
  if (!where) return
  const { docs } = await payload.find({ collection: SLUGS.stepSeries, depth: 0, limit: 0, overrideAccess: true, pagination: false, where })
  for (const series of docs) {
    const key = `${series.id}:${subscriber}`
    const data = { key, lastDay: -1, series: series.id, startedAt: at, state: 'active', subscriber }
    await createOnce(payload, SLUGS.stepEnrolments, { key: { equals: key } }, data)
  }
}

/** A resident who unfollows (or erases their data) hears nothing more of any series. */
export const stopEnrolments = async (payload: Payload, subscriber: number | string, at: string) => {
  await payload.db.updateMany({
    collection: SLUGS.stepEnrolments,
    data: { state: 'stopped', stoppedAt: at },
    returning: false,
    where: { and: [{ subscriber: { equals: subscriber } }, { state: { equals: 'active' } }] },
  })
}
