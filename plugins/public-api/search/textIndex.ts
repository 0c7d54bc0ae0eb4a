import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { getTableName, type SQL, sql } from 'drizzle-orm'

import { wordTokens } from './grams'

/**
 * Where each database keeps the n-gram tokens of the rows and how a query finds rows by them: the
 * one part of the search that differs between SQLite and PostgreSQL.
 */
export type TextIndex = {
  /** Creates what the database needs (idempotent; run at start-up). */
  ensure: () => Promise<void>
  /** Whether the tokens are a column of the row (`grams`) rather than a table of their own. */
  gramsInRow: boolean
  /** The condition "the row may contain every word" (the exact test follows it). */
  mayContain: (words: readonly string[]) => SQL
  /** Forgets the tokens of the rows (SQLite's own table; PostgreSQL's go with the row). */
  remove: (db: any, rowIds: readonly unknown[]) => Promise<void>
  removeAll: (db: any) => Promise<void>
  /** Stores a row's tokens. */
  write: (db: any, rowId: unknown, tokens: readonly string[]) => Promise<void>
}

/** The words' tokens, all required: plain letters and digits, so they need no quoting in either query language. */
const tokensOfWords = (words: readonly string[]) => [...new Set(words.flatMap(wordTokens))]

/**
 * SQLite: an FTS5 table of the tokens, contentless (the row keeps the text), keyed by the row's id.
 * Its name starts with `libsql_`, the prefix drizzle-kit's schema push (Payload's development
 * schema sync) leaves alone: FTS5 keeps its index in shadow tables, which a push would otherwise
 * offer to drop, stopping start-up at a data-loss prompt.
 */
const sqliteIndex = (handle: SqlHandle, table: SqlTable): TextIndex => {
  const fts = sql.identifier(`libsql_${getTableName(table as never)}_grams`)
  const on = (db: any) => handle.on(db)
  return {
    ensure: () =>
      handle.execute(
        sql`CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(grams, tokenize = 'ascii', content = '', contentless_delete = 1, detail = 'none')`,
      ),
    gramsInRow: false,
    mayContain: (words) => sql`${table.id} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${tokensOfWords(words).join(' AND ')})`,
    remove: async (db, rowIds) => {
      if (rowIds.length)
        await on(db).execute(
          sql`DELETE FROM ${fts} WHERE rowid IN (${sql.join(
            rowIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        )
    },
    removeAll: (db) => on(db).execute(sql`DELETE FROM ${fts}`),
    write: async (db, rowId, tokens) => {
      await on(db).execute(sql`DELETE FROM ${fts} WHERE rowid = ${rowId}`)
      await on(db).execute(sql`INSERT INTO ${fts} (rowid, grams) VALUES (${rowId}, ${tokens.join(' ')})`)
    },
  }
}

/** PostgreSQL: the tokens in the row's `grams` column, found through a GIN index of its `simple` text search vector. */
const postgresIndex = (handle: SqlHandle, table: SqlTable): TextIndex => {
  const vector = sql`to_tsvector('simple', coalesce(${table.grams}, ''))`
  const name = sql.identifier(`${getTableName(table as never)}_grams_gin`)
  return {
    ensure: () =>
      handle.execute(sql`CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin ((to_tsvector('simple', coalesce(grams, ''))))`),
    gramsInRow: true,
    mayContain: (words) => sql`${vector} @@ to_tsquery('simple', ${tokensOfWords(words).join(' & ')})`,
    remove: async () => undefined,
    removeAll: async () => undefined,
    write: async () => undefined,
  }
}

export const textIndexOf = (handle: SqlHandle, table: SqlTable): TextIndex =>
  handle.dialect === 'sqlite' ? sqliteIndex(handle, table) : postgresIndex(handle, table)

/** Whether a column contains a (normalised) word: the exact test the index's candidates go through. */
export const containsSql = (handle: SqlHandle, column: unknown, word: string): SQL =>
  handle.dialect === 'sqlite' ? sql`instr(${column}, ${word}) > 0` : sql`strpos(${column}, ${word}) > 0`
