import type { ApiContext } from '../context'

import { readFields } from '../fieldMap'
import { normaliseForSearch } from '../rules/search'
import { INDEX_FIELDS } from './collection'
import { textTokens } from './grams'

/** A list as one column: `|a|b|`, so "has a" is a substring test on `|a|`. */
export const listColumn = (value: unknown): string =>
  `|${(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []).join('|')}|`

const textOf = (value: unknown) => (typeof value === 'string' ? normaliseForSearch(value) : '')

/** The index row of a public programme (the `grams` column is filled where the database keeps them in the row). */
export const indexRowOf = (ctx: ApiContext, doc: Record<string, unknown>, gramsInRow: boolean) => {
  const p = readFields(doc, ctx.options.subsidies.fields)
  const searchText = typeof p.searchText === 'string' ? p.searchText : ''
  const lists = Object.fromEntries(INDEX_FIELDS.lists.map((name) => [name, listColumn(p[name])]))
  return {
    acceptanceEnd: p.acceptanceEnd ?? null,
    acceptanceStart: p.acceptanceStart ?? null,
    addedAt: doc.createdAt ?? null,
    anyIndustry: Boolean(p.anyIndustry),
    areaScope: p.areaScope ?? null,
    catchText: textOf(p.catchPhrase),
    [INDEX_FIELDS.doc]: doc.id,
    employeeLimit: typeof p.employeeLimit === 'number' ? p.employeeLimit : null,
    grams: gramsInRow ? textTokens(searchText).join(' ') : null,
    kind: p.kind ?? null,
    maxAmount: typeof p.maxAmount === 'number' ? p.maxAmount : null,
    providerLevel: p.providerLevel ?? null,
    searchText,
    sortAmount: typeof p.sortAmount === 'number' ? p.sortAmount : 0,
    sortDeadline: p.sortDeadline ?? null,
    [INDEX_FIELDS.source]: ctx.subsidies.indexed(doc),
    titleText: textOf(p.title),
    yearRound: Boolean(p.yearRound),
    ...lists,
  }
}

export type IndexRow = ReturnType<typeof indexRowOf>
