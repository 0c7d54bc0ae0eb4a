import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { clickTables, type DayPair, refreshStatements, runAtomically, type Write } from './clickDays'

export type ClickRow = {
  category: null | string
  clickedAt: string
  day: string
  delivery: null | string
  department: null | string
  link: string
  segment: null | string
  visitorKey: string
}

/** Rows per INSERT: 10 bound values each stays far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500

/** A write that failed after storing some rows (MongoDB only: SQL writes are all or nothing). */
export class PartialWriteError extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(`line-analytics: ${written} clicks written before a failure`, { cause })
  }
}

const pairsOf = (rows: ClickRow[]): DayPair[] => {
  const seen = new Map<string, DayPair>()
  for (const { day, delivery } of rows) if (delivery) seen.set(`${day}\n${delivery}`, { day, delivery })
  return [...seen.values()]
}

/**
 * Writes clicks and the roll-up of the (day, delivery) pairs they fall on, all or nothing: on
 * SQLite/PostgreSQL one multi-row INSERT per 500 rows and the roll-up recount in the same
 * transaction (see clickDays.ts), so a click is never stored without being counted, or counted
 * without being stored, and a failed write can be retried whole. MongoDB: the Local API, one row
 * at a time (no roll-up); a failure part-way throws PartialWriteError.
 */
export const writeClicks = async (payload: Payload, rows: ClickRow[]): Promise<number> => {
  if (rows.length === 0) return 0
  const t = clickTables(payload)
  if (!t) {
    let written = 0
    try {
      for (const row of rows) {
        await payload.create({ collection: SLUGS.clicks, data: row, depth: 0, overrideAccess: true })
        written += 1
      }
    } catch (error) {
      throw new PartialWriteError(written, error)
    }
    return written
  }
  const now = new Date().toISOString()
  const writes: Write[] = []
  for (let i = 0; i < rows.length; i += CHUNK) {
    writes.push({ kind: 'insert', rows: rows.slice(i, i + CHUNK).map((row) => ({ ...row, createdAt: now, updatedAt: now })), table: t.clicks })
  }
  const pairs = pairsOf(rows)
  if (pairs.length) writes.push(...refreshStatements(t, pairs))
  await runAtomically(t, writes)
  return rows.length
}
