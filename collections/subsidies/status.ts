import type { Where } from 'payload'

import type { SubsidyStatus } from './options'

/**
 * A programme's status comes from its acceptance dates, read as calendar days in Japan: a
 * deadline of 3 March means applications are accepted until 23:59 JST that day, wherever the
 * server runs. Japan has no daylight saving time, so a fixed offset is exact.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Days within which an open programme counts as 締切間近 (the deadline day included). */
export const CLOSING_SOON_DAYS = 14

type DateInput = Date | null | number | string | undefined

const toTime = (value: DateInput): null | number => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** Day number (days since 1970-01-01) of the calendar date in Japan at an instant. */
export const japanDayOf = (instant: Date | number | string): number =>
  Math.floor((new Date(instant).getTime() + JST_OFFSET_MS) / DAY_MS)

/** The instant at which a Japan calendar day (see japanDayOf) begins. */
export const startOfJapanDay = (day: number): Date => new Date(day * DAY_MS - JST_OFFSET_MS)

/** `YYYY-MM-DD` of an instant in Japan. */
export const japanDateString = (instant: Date | number | string): string =>
  new Date(japanDayOf(instant) * DAY_MS).toISOString().slice(0, 10)

export type StatusInput = {
  acceptanceEnd?: DateInput
  acceptanceStart?: DateInput
  /** 通年: accepted all year, whatever the dates say. */
  yearRound?: boolean | null
}

export const subsidyStatus = (
  doc: StatusInput,
  now: Date = new Date(),
  closingSoonDays: number = CLOSING_SOON_DAYS,
): SubsidyStatus => {
  if (doc.yearRound) return 'open'
  const today = japanDayOf(now)
  const start = toTime(doc.acceptanceStart)
  const end = toTime(doc.acceptanceEnd)
  if (start !== null && today < japanDayOf(start)) return 'upcoming'
  if (end !== null) {
    const endDay = japanDayOf(end)
    if (today > endDay) return 'closed'
    if (endDay - today <= closingSoonDays) return 'closing_soon'
  }
  return 'open'
}

/**
 * The same rule as subsidyStatus, as a database query on the indexed date fields, so that the
 * status filter and sort run in the database and agree with the status shown on each card.
 */
export const statusWhere = (
  statuses: readonly SubsidyStatus[],
  now: Date = new Date(),
  closingSoonDays: number = CLOSING_SOON_DAYS,
): Where => {
  const today = japanDayOf(now)
  const todayStart = startOfJapanDay(today).toISOString()
  const tomorrowStart = startOfJapanDay(today + 1).toISOString()
  const soonLimit = startOfJapanDay(today + closingSoonDays + 1).toISOString()

  const dated: Where = { yearRound: { equals: false } }
  const started: Where = {
    or: [{ acceptanceStart: { exists: false } }, { acceptanceStart: { less_than: tomorrowStart } }],
  }
  const clauses: Record<SubsidyStatus, Where> = {
    closed: { and: [dated, started, { acceptanceEnd: { less_than: todayStart } }] },
    closing_soon: {
      and: [
        dated,
        started,
        { acceptanceEnd: { greater_than_equal: todayStart } },
        { acceptanceEnd: { less_than: soonLimit } },
      ],
    },
    open: {
      or: [
        { yearRound: { equals: true } },
        {
          and: [
            dated,
            started,
            { or: [{ acceptanceEnd: { exists: false } }, { acceptanceEnd: { greater_than_equal: soonLimit } }] },
          ],
        },
      ],
    },
    upcoming: { and: [dated, { acceptanceStart: { greater_than_equal: tomorrowStart } }] },
  }
  const unique = [...new Set(statuses)]
  if (unique.length === 1) return clauses[unique[0]]
  return { or: unique.map((s) => clauses[s]) }
}
