import type { Payload } from 'payload'

import { addJstDays, formatJstDate, jstDay, jstDayStart } from '@akita-dx/plugin-core'

import type { ResolvedReminders } from '../types'

const HOUR_MS = 3_600_000

export type DueProgramme = { daysLeft: number; doc: Record<string, unknown>; end: string }

/** The JST day whose digests may go out at `now`: null before `hour` (nobody is woken by a deadline). */
export const reminderDay = (now: Date, hour: number): null | string => {
  const today = jstDay(now)
  return jstDay(now.getTime() - hour * HOUR_MS) === today ? today : null
}

/**
 * The programmes whose acceptance ends `daysBefore` JST days after `today`, each with the days
 * left: a programme ending on 12/18 is in the digest of 12/04 (あと14日) and of 12/15 (あと3日).
 */
export const dueProgrammes = async (payload: Payload, reminders: ResolvedReminders, today: string): Promise<DueProgramme[]> => {
  const field = reminders.fields.acceptanceEnd
  const due: DueProgramme[] = []
  for (const daysLeft of reminders.daysBefore) {
    const end = addJstDays(today, daysLeft)
    const { docs } = await payload.find({
      collection: reminders.slug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: field,
      where: {
        and: [
          { [field]: { greater_than_equal: jstDayStart(end).toISOString() } },
          { [field]: { less_than: jstDayStart(addJstDays(end, 1)).toISOString() } },
          ...(reminders.where ? [reminders.where] : []),
        ],
      },
    })
    for (const doc of docs as Record<string, unknown>[]) due.push({ daysLeft, doc, end: formatJstDate(jstDayStart(end)) })
  }
  return due
}
