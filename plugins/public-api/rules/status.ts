import type { Where } from 'payload'

import { jstDayNumber, startOfJstDayNumber } from '@akita-dx/plugin-core/shared'

/** Derived from the acceptance dates in Japan time, never stored. */
export const SUBSIDY_STATUSES = [
  { label: { en: 'Upcoming', ja: '募集前' }, value: 'upcoming' },
  { label: { en: 'Open', ja: '募集中' }, value: 'open' },
  { label: { en: 'Closing soon', ja: '締切間近' }, value: 'closing_soon' },
  { label: { en: 'Closed', ja: '終了' }, value: 'closed' },
] as const

export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number]['value']

/** Days within which an open programme counts as 締切間近 (the deadline day included). */
export const CLOSING_SOON_DAYS = 14

type DateInput = Date | null | number | string | undefined

export type StatusInput = {
  acceptanceEnd?: DateInput
  acceptanceStart?: DateInput
  /** 通年: accepted all year, whatever the dates say. */
  yearRound?: boolean | null
}

/** Names of the fields the status is derived from, for `statusWhere`. */
export type StatusFields = Record<keyof StatusInput, string>

const STATUS_FIELDS: StatusFields = { acceptanceEnd: 'acceptanceEnd', acceptanceStart: 'acceptanceStart', yearRound: 'yearRound' }

const dayOf = (value: DateInput): null | number => {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : jstDayNumber(time)
}

/**
 * A programme's status from its acceptance dates, read as calendar days in Japan: a deadline of
 * 3 March means applications are accepted until 23:59 JST that day, wherever the server runs.
 */
export const subsidyStatus = (doc: StatusInput, now: Date = new Date(), closingSoonDays: number = CLOSING_SOON_DAYS): SubsidyStatus => {
  if (doc.yearRound) return 'open'
  const today = jstDayNumber(now)
  const start = dayOf(doc.acceptanceStart)
  const end = dayOf(doc.acceptanceEnd)
  if (start !== null && today < start) return 'upcoming'
  if (end !== null) {
    if (today > end) return 'closed'
    if (end - today <= closingSoonDays) return 'closing_soon'
  }
  return 'open'
}

/**
 * The same rule as subsidyStatus, as a query on the indexed date fields, so that the status
 * filter runs in the database and agrees with the status shown on each card.
 */
export const statusWhere = (
  statuses: readonly SubsidyStatus[],
  {
    closingSoonDays = CLOSING_SOON_DAYS,
    fields = STATUS_FIELDS,
    now = new Date(),
  }: { closingSoonDays?: number; fields?: StatusFields; now?: Date } = {},
): Where => {
  const today = jstDayNumber(now)
  const todayStart = startOfJstDayNumber(today).toISOString()
  const tomorrowStart = startOfJstDayNumber(today + 1).toISOString()
  const soonLimit = startOfJstDayNumber(today + closingSoonDays + 1).toISOString()
  const { acceptanceEnd: end, acceptanceStart: start, yearRound } = fields

  const dated: Where = { [yearRound]: { equals: false } }
  const started: Where = { or: [{ [start]: { exists: false } }, { [start]: { less_than: tomorrowStart } }] }
  const clauses: Record<SubsidyStatus, Where> = {
    closed: { and: [dated, started, { [end]: { less_than: todayStart } }] },
    closing_soon: { and: [dated, started, { [end]: { greater_than_equal: todayStart } }, { [end]: { less_than: soonLimit } }] },
    open: {
      or: [
        { [yearRound]: { equals: true } },
        { and: [dated, started, { or: [{ [end]: { exists: false } }, { [end]: { greater_than_equal: soonLimit } }] }] },
      ],
    },
    upcoming: { and: [dated, { [start]: { greater_than_equal: tomorrowStart } }] },
  }
  const unique = [...new Set(statuses)]
  return unique.length === 1 ? clauses[unique[0]] : { or: unique.map((status) => clauses[status]) }
}
