import type { Payload } from 'payload'

import { type SqlHandle, type SqlTable, sqlOf } from '@akita-dx/plugin-core'
import { type SQL, sql } from 'drizzle-orm'

import { CLICK_DAYS_SLUG, SLUGS } from '../constants'

/**
 * PostgreSQL advisory lock taken by every roll-up write, held until its transaction ends. With it,
 * of two transactions writing clicks of the same (day, delivery), the later one looks for its
 * visitors (or recounts) after the earlier one committed, so a visitor is never new to both.
 */
const LOCK_KEY = 4_812_530_917

export type DayPair = { day: string; delivery: string }

/** A write of an atomic batch: rows for a table, or a statement. */
export type Write = { kind: 'insert'; rows: Record<string, unknown>[]; table: SqlTable } | { kind: 'sql'; query: SQL }

export type ClickTables = { clicks: SqlTable; days: SqlTable; sql: SqlHandle }

/** The click and roll-up tables on SQLite/PostgreSQL; null on MongoDB (no roll-up there). */
export const clickTables = (payload: Payload): ClickTables | null => {
  const handle = sqlOf(payload)
  return handle ? { clicks: handle.table(SLUGS.clicks), days: handle.table(CLICK_DAYS_SLUG), sql: handle } : null
}

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** `(day = ? and delivery in (…)) or …` on a table with day and delivery columns. */
const pairsWhere = (table: SqlTable, pairs: DayPair[]): SQL => {
  const byDay = new Map<string, Set<string>>()
  for (const p of pairs) byDay.set(p.day, (byDay.get(p.day) ?? new Set()).add(p.delivery))
  const parts = [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, deliveries]) => sql`(${table.day} = ${day} and ${table.delivery} in (${list([...deliveries].sort())}))`)
  return sql`(${sql.join(parts, sql` or `)})`
}

/** The PostgreSQL lock that orders roll-up writes (SQLite has one writer at a time anyway). */
export const lockStatements = (t: ClickTables): Write[] =>
  t.sql.dialect === 'postgres' ? [{ kind: 'sql', query: sql`select pg_advisory_xact_lock(${sql.raw(String(LOCK_KEY))})` }] : []

export type NewClick = { day: string; delivery: string; visitorKey: string }

const rollupColumns = (d: SqlTable) => {
  const col = (name: string) => sql.identifier(d[name].name as string)
  return sql`(${col('day')}, ${col('delivery')}, ${col('clicks')}, ${col('uniqueClicks')})`
}

/**
 * The statement that adds clicks about to be inserted to the roll-up: per (day, delivery), their
 * number, and their visitors not yet among the click rows of that day and delivery (looked up in
 * the (day, delivery, visitorKey) index: the cost is the batch's, not the day's). Must run after
 * `lockStatements` and before the INSERT of these clicks, in the same transaction.
 */
export const incrementStatement = (t: ClickTables, clicks: NewClick[]): Write => {
  const { clicks: c, days: d } = t
  const col = (name: string) => sql.identifier(d[name].name as string)
  const values = sql.join(
    clicks.map((k) => sql`(${k.day}, ${k.delivery}, ${k.visitorKey})`),
    sql`, `,
  )
  const query = sql`insert into ${d} ${rollupColumns(d)}
    select b.day, b.delivery, count(*), count(distinct case when b.fresh then b.visitor end) from (
      select v.column1 as day, v.column2 as delivery, v.column3 as visitor,
        not exists (select 1 from ${c} where ${c.day} = v.column1 and ${c.delivery} = v.column2 and ${c.visitorKey} = v.column3) as fresh
      from (values ${values}) as v
    ) as b where true group by b.day, b.delivery
    on conflict (${col('day')}, ${col('delivery')}) do update set ${col('clicks')} = ${d.clicks} + excluded.${col('clicks')}, ${col('uniqueClicks')} = ${d.uniqueClicks} + excluded.${col('uniqueClicks')}`
  return { kind: 'sql', query }
}

/**
 * The roll-up's days that click rows still back: from the oldest click with a delivery on. Days
 * before it are those whose clicks retention deleted; their roll-up rows are the only record
 * left, so a rebuild or a check leaves them alone.
 */
export const heldDays = ({ clicks: c, days: d }: ClickTables): SQL =>
  sql`${d.day} >= (select min(${c.day}) from ${c} where ${c.delivery} is not null)`

/**
 * Statements that recompute the roll-up rows of these (day, delivery) pairs, or of all, from the
 * click rows: delete them, then insert the counts of the rows, so the roll-up of a pair is what
 * its rows say whatever wrote them (deletions, the backfill). Clicks without a delivery are not
 * rolled up (the dashboard shows deliveries only). `all` is every day still held (see heldDays).
 */
export const refreshStatements = (t: ClickTables, pairs: 'all' | DayPair[]): Write[] => {
  const { clicks: c, days: d } = t
  const clickWhere = pairs === 'all' ? sql`${c.delivery} is not null` : pairsWhere(c, pairs)
  const statements: SQL[] = [
    pairs === 'all' ? sql`delete from ${d} where ${heldDays(t)}` : sql`delete from ${d} where ${pairsWhere(d, pairs)}`,
    sql`insert into ${d} ${rollupColumns(d)}
      select ${c.day}, ${c.delivery}, count(*), count(distinct ${c.visitorKey}) from ${c} where ${clickWhere} group by ${c.day}, ${c.delivery}`,
  ]
  return [...lockStatements(t), ...statements.map((query): Write => ({ kind: 'sql', query }))]
}
