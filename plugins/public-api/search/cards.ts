import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { getTableName, type SQL, sql } from 'drizzle-orm'

import { INDEX_FIELDS } from './collection'
import { sideTable } from './sideTable'

/**
 * Where the cards of the index rows (the list's JSON of each programme) are kept. A list scans
 * the rows and reads the cards of one page only, so the rows are best without them: on SQLite,
 * where a row is stored whole in its page, the cards live in a table beside the rows (10,000
 * programmes: a list sorted by deadline 4.7 ms with the cards in the rows, 2.1 ms without); on
 * PostgreSQL they stay in the row's `source` column, stored out of line (textIndex.ts).
 */
export type CardStore = {
  /** The card of the row in a query joined by `join` (the page statement). */
  column: SQL
  ensure: () => Promise<void>
  /** Whether the card is the row's own `source` column (nothing to write beside it). */
  inRow: boolean
  /** Whether some of the index's `rows` have no card (an index written before the cards moved beside them): a rebuild is due. */
  incomplete: (rows: number) => Promise<boolean>
  /** Joins the cards to the index table in a query. */
  join: SQL
  remove: (db: any, rowIds: readonly unknown[]) => Promise<void>
  removeAll: (db: any) => Promise<void>
  write: (db: any, rowId: unknown, card: unknown) => Promise<void>
}

/** SQLite: `libsql_<table>_cards`, keyed by the row's id (the prefix drizzle-kit's push leaves alone, see textIndex.ts). */
const sqliteCards = (handle: SqlHandle, table: SqlTable): CardStore => {
  const cards = sql.identifier(`libsql_${getTableName(table as never)}_cards`)
  const on = (db: any) => handle.on(db)
  return {
    column: sql`${cards}.source`,
    ensure: () => handle.execute(sql`CREATE TABLE IF NOT EXISTS ${cards} (id INTEGER PRIMARY KEY, source TEXT NOT NULL)`),
    inRow: false,
    incomplete: async (rows) => {
      const [row] = await handle.rows(sql`SELECT count(*) AS kept FROM ${cards}`)
      return Number(row?.kept ?? 0) !== rows
    },
    join: sql`JOIN ${cards} ON ${cards}.id = ${table.id}`,
    ...sideTable(handle, cards, sql`id`),
    write: (db, rowId, card) =>
      on(db).execute(sql`INSERT OR REPLACE INTO ${cards} (id, source) VALUES (${rowId}, ${JSON.stringify(card)})`),
  }
}

const postgresCards = (table: SqlTable): CardStore => ({
  column: sql`${table[INDEX_FIELDS.source]}`,
  ensure: async () => undefined,
  incomplete: async () => false,
  inRow: true,
  join: sql``,
  remove: async () => undefined,
  removeAll: async () => undefined,
  write: async () => undefined,
})

export const cardStoreOf = (handle: SqlHandle, table: SqlTable): CardStore =>
  handle.dialect === 'sqlite' ? sqliteCards(handle, table) : postgresCards(table)
