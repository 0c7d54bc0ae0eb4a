import type { Payload } from 'payload'

type DrizzleTable = Record<string, unknown>

/** The drizzle handle and table of a collection on SQLite/PostgreSQL; null on MongoDB. */
export type SqlAccess = {
  dialect: 'postgres' | 'sqlite'
  drizzle: {
    execute?: (query: unknown) => Promise<unknown>
    insert: (table: DrizzleTable) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> }
    select: (fields: Record<string, unknown>) => any
  }
  table: DrizzleTable
}

const tableNameOf = (slug: string) => slug.replace(/[-\s]+/g, '_').toLowerCase()

/** Same route to drizzle as src/lib/atomic.ts: the adapter's own tables, so column names always match. */
export const sqlAccess = (payload: Payload, slug: string): null | SqlAccess => {
  const db = payload.db as unknown as {
    drizzle?: SqlAccess['drizzle']
    name: string
    tableNameMap?: Map<string, string>
    tables?: Record<string, DrizzleTable>
  }
  if (db.name === 'mongoose' || !db.drizzle || !db.tables) return null
  const name = db.tableNameMap?.get(tableNameOf(slug)) ?? tableNameOf(slug)
  const table = db.tables[name]
  if (!table) throw new Error(`line-analytics: no table for ${slug}`)
  return { dialect: db.name === 'sqlite' ? 'sqlite' : 'postgres', drizzle: db.drizzle, table }
}
