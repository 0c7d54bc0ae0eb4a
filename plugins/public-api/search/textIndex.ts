import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { getTableName, type SQL, sql } from 'drizzle-orm'

import { INDEX_FIELDS } from './collection'
import { commonTokens, COMMON_SHARE } from './commonTokens'
import { wordTokens } from './grams'
import { sideTable } from './sideTable'

/**
 * Where each database keeps the n-gram tokens of the rows and how a query finds rows by them: the
 * one part of the search that differs between SQLite and PostgreSQL.
 */
export type TextIndex = {
  /** Brings the planner's statistics up to date after the rows were rewritten. */
  afterRebuild: () => Promise<void>
  /** Readies the connection for a read (run before each: the database client may have opened a new one since). */
  beforeRead: () => Promise<void>
  /** Creates what the database needs (idempotent; run at start-up). */
  ensure: () => Promise<void>
  /** Whether the tokens are a column of the row (`grams`) rather than a table of their own. */
  gramsInRow: boolean
  /**
   * The condition "the row may contain every word" (the exact test follows it), on the words'
   * tokens that are not common; none when every token is.
   */
  mayContain: (words: readonly string[]) => SQL | undefined
  /** Forgets the tokens of the rows (SQLite's own table; PostgreSQL's go with the row). */
  remove: (db: any, rowIds: readonly unknown[]) => Promise<void>
  removeAll: (db: any) => Promise<void>
  /** Stores a row's tokens. */
  write: (db: any, rowId: unknown, tokens: readonly string[]) => Promise<void>
}

/** The words' tokens, all required: plain letters and digits, so they need no quoting in either query language. */
const tokensOfWords = (words: readonly string[]) => [...new Set(words.flatMap(wordTokens))]

/**
 * Bytes of the SQLite file read through a memory map rather than a read call per page: a list
 * scans the index's pages, and on a virtual machine the calls cost more than the scan (10,000
 * programmes: ~8 ms a scan with reads, ~1.4 ms mapped). Address space, not memory: the pages
 * are the operating system's file cache either way.
 */
const SQLITE_MMAP_BYTES = 1024 ** 3

/**
 * SQLite: an FTS5 table of the tokens, contentless (the row keeps the text), keyed by the row's id.
 * Its name starts with `libsql_`, the prefix drizzle-kit's schema push (Payload's development
 * schema sync) leaves alone: FTS5 keeps its index in shadow tables, which a push would otherwise
 * offer to drop, stopping start-up at a data-loss prompt.
 */
const sqliteIndex = (handle: SqlHandle, table: SqlTable, onError: (error: unknown) => void): TextIndex => {
  const name = `libsql_${getTableName(table as never)}_grams`
  const fts = sql.identifier(name)
  // FTS5's own count of the rows each token is in.
  const vocab = sql.identifier(`${name}_vocab`)
  const on = (db: any) => handle.on(db)
  // A connection option, and libsql opens a new connection after each transaction: set before each read (a no-op once set, ~0.03 ms).
  const mmap = sql.raw(`PRAGMA mmap_size = ${SQLITE_MMAP_BYTES}`)
  const common = commonTokens(async () => {
    const rows = await handle.rows(
      sql`SELECT term FROM ${vocab} WHERE doc > (SELECT count(*) FROM ${table}) * ${sql.raw(String(COMMON_SHARE))}`,
    )
    return rows.map((row) => String(row.term))
  }, onError)
  return {
    afterRebuild: common.refresh,
    beforeRead: async () => {
      common.touch()
      await handle.execute(mmap)
    },
    ensure: async () => {
      await handle.execute(
        sql`CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(grams, tokenize = 'ascii', content = '', contentless_delete = 1, detail = 'none')`,
      )
      await handle.execute(sql`CREATE VIRTUAL TABLE IF NOT EXISTS ${vocab} USING fts5vocab(${fts}, 'row')`)
      await common.refresh()
    },
    gramsInRow: false,
    mayContain: (words) => {
      const tokens = common.selective(tokensOfWords(words))
      return tokens.length ? sql`${table.id} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${tokens.join(' AND ')})` : undefined
    },
    ...sideTable(handle, fts, sql`rowid`),
    write: async (db, rowId, tokens) => {
      await on(db).execute(sql`DELETE FROM ${fts} WHERE rowid = ${rowId}`)
      await on(db).execute(sql`INSERT INTO ${fts} (rowid, grams) VALUES (${rowId}, ${tokens.join(' ')})`)
    },
  }
}

/** Past this many bytes a row's tokens and card are stored out of line. */
const POSTGRES_ROW_TARGET = 1024

/**
 * Keeps the rows a scan reads narrow on PostgreSQL: the tokens and the card, the two largest
 * values of a row, read only through the GIN index and for a page's rows, are stored out of line
 * and uncompressed once a row passes 1 kB, while the search text the exact test reads stays in
 * the row (10,000 programmes: 2,362 pages of rows become 761). Applies to rows written from then
 * on; the rebuild writes them all.
 */
const narrowRows = async (handle: SqlHandle, table: SqlTable) => {
  const target = `toast_tuple_target=${POSTGRES_ROW_TARGET}`
  const [row] = await handle.rows(sql`SELECT reloptions FROM pg_class WHERE oid = to_regclass(${getTableName(table as never)})`)
  if (((row?.reloptions ?? []) as string[]).includes(target)) return
  const column = (key: string) => sql.identifier((table[key] as { name: string }).name)
  await handle.execute(
    sql`ALTER TABLE ${table} ALTER COLUMN ${column('grams')} SET STORAGE EXTERNAL, ALTER COLUMN ${column(INDEX_FIELDS.source)} SET STORAGE EXTERNAL, ALTER COLUMN ${column('searchText')} SET STORAGE MAIN, SET (${sql.raw(target)})`,
  )
}

/** PostgreSQL: the tokens in the row's `grams` column, found through a GIN index of its `simple` text search vector. */
const postgresIndex = (handle: SqlHandle, table: SqlTable, onError: (error: unknown) => void): TextIndex => {
  const vector = sql`to_tsvector('simple', coalesce(${table.grams}, ''))`
  const indexName = `${getTableName(table as never)}_grams_gin`
  const name = sql.identifier(indexName)
  // ANALYZE keeps the commonest elements of an expression index's values, with the share of rows each is in.
  const common = commonTokens(async () => {
    const [row] = await handle.rows(
      sql`SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats WHERE tablename = ${indexName}`,
    )
    const elems = (row?.elems ?? []) as string[]
    const freqs = (row?.freqs ?? []) as number[]
    return elems.filter((_elem, i) => freqs[i] > COMMON_SHARE)
  }, onError)
  return {
    afterRebuild: async () => {
      await handle.execute(sql`ANALYZE ${table}`)
      await common.refresh()
    },
    beforeRead: async () => common.touch(),
    ensure: async () => {
      await handle.execute(sql`CREATE INDEX IF NOT EXISTS ${name} ON ${table} USING gin ((to_tsvector('simple', coalesce(grams, ''))))`)
      await narrowRows(handle, table)
      await common.refresh()
    },
    gramsInRow: true,
    mayContain: (words) => {
      const tokens = common.selective(tokensOfWords(words))
      return tokens.length ? sql`${vector} @@ to_tsquery('simple', ${tokens.join(' & ')})` : undefined
    },
    remove: async () => undefined,
    removeAll: async () => undefined,
    write: async () => undefined,
  }
}

export const textIndexOf = (handle: SqlHandle, table: SqlTable, onError: (error: unknown) => void): TextIndex =>
  handle.dialect === 'sqlite' ? sqliteIndex(handle, table, onError) : postgresIndex(handle, table, onError)

/** Whether a column contains a (normalised) word: the exact test the index's candidates go through. */
export const containsSql = (handle: SqlHandle, column: unknown, word: string): SQL =>
  handle.dialect === 'sqlite' ? sql`instr(${column}, ${word}) > 0` : sql`strpos(${column}, ${word}) > 0`
