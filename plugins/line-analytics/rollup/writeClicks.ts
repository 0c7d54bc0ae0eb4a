import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { runAtomically } from './clickDays'
import { clickTables, incrementStatement, lockStatements, type NewClick, type Write } from './statements'

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

/**
 * Writes clicks and adds them to the daily roll-up, all or nothing: on SQLite/PostgreSQL, per 500
 * rows, the roll-up increment (clicks, and visitors new to their day and delivery) then one
 * multi-row INSERT, all in one transaction (see clickDays.ts), so a click is never stored without
 * being counted, or counted without being stored, and a failed write can be retried whole.
 * MongoDB: the Local API, one row at a time (no roll-up); a failure part-way throws
 * PartialWriteError.
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
  const writes: Write[] = [...lockStatements(t)]
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    // Before the chunk's INSERT: its visitors are looked up among the rows stored so far.
    const counted = chunk.filter((row): row is ClickRow & NewClick => Boolean(row.delivery))
    if (counted.length) writes.push(incrementStatement(t, counted))
    writes.push({ kind: 'insert', rows: chunk.map((row) => ({ ...row, createdAt: now, updatedAt: now })), table: t.clicks })
  }
  await runAtomically(t, writes)
  return rows.length
}
