import type { FieldSql, SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { whereToSql } from '@akita-dx/plugin-core'
import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm'

import type { ParamValue } from '../params/types'
import type { ResolvedPublicApiOptions, SubsidyFields } from '../types'
import type { TextIndex } from './textIndex'

import { subsidyWhere } from '../queries/subsidies'
import { searchWords } from '../rules/search'
import { INDEX_FIELDS, type IndexList } from './collection'
import { listColumn } from './row'
import { containsSql } from './textIndex'

type Values = Record<string, ParamValue>

const FALSE = sql`1 = 0`
const LISTS = new Set<string>(INDEX_FIELDS.lists)

/** The list columns (`|a|b|`): "any of these values" is a substring test of each; "exists" is a non-empty list. */
const listFieldSql =
  (handle: SqlHandle, table: SqlTable): FieldSql =>
  (field, operator, operand) => {
    if (!LISTS.has(field)) return undefined
    const column = table[field as IndexList]
    if (operator === 'exists') return operand ? ne(column, listColumn([])) : eq(column, listColumn([]))
    if (operator !== 'in') throw new Error(`search index: ${operator} is not supported on the list ${field}`)
    const items = (operand as unknown[]).filter((item): item is string => typeof item === 'string')
    return items.length ? (or(...items.map((item) => containsSql(handle, column, listColumn([item])))) as SQL) : FALSE
  }

/** The options with every programme field named as the index's column of it, so `subsidyWhere` reads the index. */
const indexOptionsOf = (options: ResolvedPublicApiOptions): ResolvedPublicApiOptions => ({
  ...options,
  subsidies: {
    ...options.subsidies,
    fields: Object.fromEntries(Object.keys(options.subsidies.fields).map((key) => [key, key])) as SubsidyFields,
  },
})

export type IndexConditions = ReturnType<typeof indexConditions>

/**
 * The list's filters as SQL on the index: the same `subsidyWhere` as the collection's query, read
 * on the index's columns, with the keyword words found through the text index and then tested
 * exactly on the search text (the rule `like` applies: every word is a substring).
 */
export const indexConditions = (handle: SqlHandle, table: SqlTable, text: TextIndex, options: ResolvedPublicApiOptions) => {
  const indexOptions = indexOptionsOf(options)
  const slugOf = options.search ? options.search.slug : ''
  const filters = (values: Values, now: Date): SQL =>
    whereToSql(handle, slugOf, { and: subsidyWhere({ ...values, q: undefined }, indexOptions, now) }, listFieldSql(handle, table))
  const wordsOf = (values: Values) => (typeof values.q === 'string' ? searchWords(values.q) : [])
  return {
    indexOptions,
    /** Every filter of the query, the words included. */
    of: (values: Values, now: Date): SQL => {
      const words = wordsOf(values)
      if (!words.length) return filters(values, now)
      return and(filters(values, now), text.mayContain(words), ...words.map((word) => containsSql(handle, table.searchText, word))) as SQL
    },
    /** The filters of one parameter alone (a facet's value). */
    only: (param: string, value: ParamValue, now: Date): SQL => filters({ [param]: value }, now),
    wordsOf,
  }
}
