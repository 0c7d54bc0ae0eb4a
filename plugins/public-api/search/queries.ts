import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { type SQL, sql } from 'drizzle-orm'

import type { ParamValue } from '../params/types'
import type { CardStore } from './cards'
import type { IndexConditions } from './conditions'

import { sortOf } from '../queries/subsidies'
import { orderSql } from './order'

type Values = Record<string, ParamValue>

const numberOf = (value: unknown) => Number(value ?? 0)

/** A JSON column comes back parsed from PostgreSQL and as text from SQLite. */
const jsonOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : (value as Record<string, unknown>)

export type IndexPage = { rows: Record<string, unknown>[]; totalDocs: number }

/** The reads of the list answers on the index, each one statement. */
export const indexQueries = (
  handle: SqlHandle,
  table: SqlTable,
  conditions: IndexConditions,
  cards: CardStore,
  beforeRead: () => Promise<void>,
) => {
  const count = async (where: SQL): Promise<number> => {
    await beforeRead()
    const [row] = await handle.db
      .select({ total: sql`count(*)` })
      .from(table)
      .where(where)
    return numberOf(row?.total)
  }
  /**
   * The total beside each row of a page, measured per database (10,000 programmes). SQLite: a
   * scalar subquery, because a window keeps every match for the sort, while beside the subquery a
   * sort the index has in order walks that index and stops at the page's end (a word in half the
   * programmes, ranked: 9.6 ms with a window, 6.3 ms without). PostgreSQL: a window, whose top-N
   * sort keeps only the page anyway and which plans the filters once (about 14% more lists a second).
   */
  const totalSql = (where: SQL): SQL =>
    handle.dialect === 'sqlite' ? sql`(SELECT count(*) FROM ${table} WHERE ${where})` : sql`count(*) over ()`

  return {
    count: (values: Values, now: Date) => count(conditions.of(values, now)),

    /** The counts of each value of a facet, with the query's other filters: one statement for all the values. */
    facet: async (values: Values, param: string, choices: readonly string[], now: Date): Promise<number[]> => {
      if (!choices.length) return []
      await beforeRead()
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
      await beforeRead()
      // The page is chosen by id, so that the sort carries two numbers per row rather than each
      // row's card; the cards of the page's rows and the total come with it, in the same statement.
      const order = orderSql(handle, table, sortOf(values), conditions.wordsOf(values), conditions.indexOptions)
      const chosen = handle.db
        .select({ id: table.id, total: totalSql(where).as('total') })
        .from(table)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset((page - 1) * limit)
      const found = await handle.rows(
        sql`SELECT ${cards.column} AS source, chosen.total AS total FROM (${chosen.getSQL()}) chosen JOIN ${table} ON ${table.id} = chosen.id ${cards.join} ORDER BY ${sql.join(order, sql`, `)}`,
      )
      // Past the last page there is no row to carry the total.
      const totalDocs = found.length ? numberOf(found[0].total) : page > 1 ? await count(where) : 0
      return { rows: found.map((row) => jsonOf(row.source)), totalDocs }
    },
  }
}

export type IndexQueries = ReturnType<typeof indexQueries>
