import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { asc, desc, type SQL, sql } from 'drizzle-orm'

import type { ResolvedPublicApiOptions } from '../types'

import { subsidySort } from '../queries/subsidies'
import { INDEX_FIELDS } from './collection'
import { containsSql } from './textIndex'

/** Points a word scores where it occurs: the title counts most, then the catch phrase, then the rest of the search text. */
export const RELEVANCE = { catchPhrase: 2, elsewhere: 1, title: 4 } as const

/** The relevance of a row to the words: each word scores the best place it occurs (every word occurs: the filter says so). */
export const relevanceSql = (handle: SqlHandle, table: SqlTable, words: readonly string[]): SQL =>
  sql.join(
    words.map(
      (word) =>
        sql`(CASE WHEN ${containsSql(handle, table.titleText, word)} THEN ${sql.raw(String(RELEVANCE.title))} WHEN ${containsSql(handle, table.catchText, word)} THEN ${sql.raw(String(RELEVANCE.catchPhrase))} ELSE ${sql.raw(String(RELEVANCE.elsewhere))} END)`,
    ),
    sql` + `,
  )

/** The index's column of a sort key of `subsidySort` (the programme's id and createdAt are kept as `doc` and `addedAt`). */
const COLUMN_OF_KEY: Record<string, string> = { createdAt: 'addedAt', id: INDEX_FIELDS.doc }

/**
 * The ORDER BY of a list on the index: `subsidySort`'s keys, the same order as the collection's
 * query; for relevance, the score first and then that order's ties (deadline, id).
 */
export const orderSql = (
  handle: SqlHandle,
  table: SqlTable,
  sort: string,
  words: readonly string[],
  indexOptions: ResolvedPublicApiOptions,
): SQL[] => {
  const keys = subsidySort(sort, indexOptions) as string[]
  const order = keys.map((key) => {
    const descending = key.startsWith('-')
    const name = descending ? key.slice(1) : key
    const column = table[COLUMN_OF_KEY[name] ?? name]
    return descending ? desc(column) : asc(column)
  })
  return sort === 'relevance' && words.length ? [desc(relevanceSql(handle, table, words)), ...order] : order
}
