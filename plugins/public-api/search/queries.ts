import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { inArray, type SQL, sql } from 'drizzle-orm'

import type { ParamValue } from '../params/types'
import type { IndexConditions } from './conditions'

import { sortOf } from '../queries/subsidies'
import { INDEX_FIELDS } from './collection'
import { orderSql } from './order'

type Values = Record<string, ParamValue>

const numberOf = (value: unknown) => Number(value ?? 0)

/** A JSON column comes back parsed from PostgreSQL and as text from SQLite. */
const jsonOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : (value as Record<string, unknown>)

export type IndexPage = { rows: Record<string, unknown>[]; totalDocs: number }

/** The reads of the list answers on the index, each one statement. */
export const indexQueries = (handle: SqlHandle, table: SqlTable, conditions: IndexConditions) => {
  const count = async (where: SQL): Promise<number> => {
    const [row] = await handle.db
      .select({ total: sql`count(*)` })
      .from(table)
      .where(where)
    return numberOf(row?.total)
  }
  /** The kept values of these rows, in the order of the ids. */
  const sourcesOf = async (ids: (number | string)[]) => {
    if (!ids.length) return []
    const rows = (await handle.db
      .select({ id: table.id, source: table[INDEX_FIELDS.source] })
      .from(table)
      .where(inArray(table.id, ids))) as { id: number | string; source: unknown }[]
    const byId = new Map(rows.map((row) => [String(row.id), jsonOf(row.source)]))
    return ids.map((id) => byId.get(String(id))!)
  }
  return {
    count: (values: Values, now: Date) => count(conditions.of(values, now)),

    /** The counts of each value of a facet, with the query's other filters: one statement for all the values. */
    facet: async (values: Values, param: string, choices: readonly string[], now: Date): Promise<number[]> => {
      if (!choices.length) return []
      const columns = Object.fromEntries(
        choices.map((choice, i) => [`c${i}`, sql`coalesce(sum(CASE WHEN ${conditions.only(param, [choice], now)} THEN 1 ELSE 0 END), 0)`]),
      )
      const [row] = await handle.db
        .select(columns)
        .from(table)
        .where(conditions.of({ ...values, [param]: undefined }, now))
      return choices.map((_choice, i) => numberOf(row?.[`c${i}`]))
    },

    /** A page of the programmes the query finds, in its order, and how many it finds in all (in the same statement). */
    page: async (values: Values, now: Date): Promise<IndexPage> => {
      const limit = values.limit as number
      const page = values.page as number
      const where = conditions.of(values, now)
      // Ids first, so the sort carries two numbers per row rather than each row's card.
      const found = (await handle.db
        .select({ id: table.id, total: sql`count(*) over ()` })
        .from(table)
        .where(where)
        .orderBy(...orderSql(handle, table, sortOf(values), conditions.wordsOf(values), conditions.indexOptions))
        .limit(limit)
        .offset((page - 1) * limit)) as { id: number | string; total: unknown }[]
      // Past the last page there is no row to carry the total.
      const totalDocs = found.length ? numberOf(found[0].total) : page > 1 ? await count(where) : 0
      return { rows: await sourcesOf(found.map(({ id }) => id)), totalDocs }
    },
  }
}

export type IndexQueries = ReturnType<typeof indexQueries>
