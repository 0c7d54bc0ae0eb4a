import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { sqlAccess } from './sqlTable'

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

/**
 * Writes clicks with one multi-row INSERT per 500 rows on SQLite/PostgreSQL (the Local API
 * would be one statement and one hook run per row); on MongoDB through the Local API.
 * Throws when a chunk fails, having written the chunks before it: the caller keeps the rest.
 */
export const writeClicks = async (payload: Payload, rows: ClickRow[]): Promise<number> => {
  const sql = sqlAccess(payload, SLUGS.clicks)
  let written = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    if (sql) {
      const now = new Date().toISOString()
      await sql.drizzle.insert(sql.table).values(chunk.map((row) => ({ ...row, createdAt: now, updatedAt: now })))
    } else {
      for (const row of chunk) {
        await payload.create({ collection: SLUGS.clicks, data: row, depth: 0, overrideAccess: true })
      }
    }
    written += chunk.length
  }
  return written
}
