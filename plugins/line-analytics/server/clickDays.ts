import type { Payload, PayloadRequest } from 'payload'

import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'

import { CLICK_DAYS_SLUG } from '../collections/ClickDays'
import { SLUGS } from '../constants'
import { type SqlAccess, sqlAccess } from './sqlTable'

/**
 * PostgreSQL advisory lock taken by every roll-up write, held until its transaction ends. With it,
 * of two transactions writing clicks of the same (day, delivery), the later one looks for its
 * visitors (or recounts) after the earlier one committed, so a visitor is never new to both.
 */
const LOCK_KEY = 4_812_530_917

export type DayPair = { day: string; delivery: string }

/** A write of an atomic batch: rows for a table, or a statement. */
export type Write = { kind: 'insert'; rows: Record<string, unknown>[]; table: Record<string, unknown> } | { kind: 'sql'; query: SQL }

export type ClickTables = { clicks: Record<string, any>; days: Record<string, any>; db: any; dialect: SqlAccess['dialect'] }

/** The click and roll-up tables on SQLite/PostgreSQL; null on MongoDB (no roll-up there). */
export const clickTables = (payload: Payload): ClickTables | null => {
  const clicks = sqlAccess(payload, SLUGS.clicks)
  const days = clicks && sqlAccess(payload, CLICK_DAYS_SLUG)
  if (!clicks || !days) return null
  return { clicks: clicks.table, days: days.table, db: clicks.drizzle, dialect: clicks.dialect }
}

const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/** `(day = ? and delivery in (…)) or …` on a table with day and delivery columns. */
const pairsWhere = (table: Record<string, any>, pairs: DayPair[]): SQL => {
  const byDay = new Map<string, Set<string>>()
  for (const p of pairs) byDay.set(p.day, (byDay.get(p.day) ?? new Set()).add(p.delivery))
  const parts = [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, deliveries]) => sql`(${table.day} = ${day} and ${table.delivery} in (${list([...deliveries].sort())}))`)
  return sql`(${sql.join(parts, sql` or `)})`
}

/** The PostgreSQL lock that orders roll-up writes (SQLite has one writer at a time anyway). */
export const lockStatements = (t: ClickTables): Write[] =>
  t.dialect === 'postgres' ? [{ kind: 'sql', query: sql`select pg_advisory_xact_lock(${sql.raw(String(LOCK_KEY))})` }] : []

export type NewClick = { day: string; delivery: string; visitorKey: string }

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
  const query = sql`insert into ${d} (${col('day')}, ${col('delivery')}, ${col('clicks')}, ${col('uniqueClicks')})
    select b.day, b.delivery, count(*), count(distinct case when b.fresh then b.visitor end) from (
      select v.column1 as day, v.column2 as delivery, v.column3 as visitor,
        not exists (select 1 from ${c} where ${c.day} = v.column1 and ${c.delivery} = v.column2 and ${c.visitorKey} = v.column3) as fresh
      from (values ${values}) as v
    ) as b where true group by b.day, b.delivery
    on conflict (${col('day')}, ${col('delivery')}) do update set ${col('clicks')} = ${d.clicks} + excluded.${col('clicks')}, ${col('uniqueClicks')} = ${d.uniqueClicks} + excluded.${col('uniqueClicks')}`
  return { kind: 'sql', query }
}

/**
 * Statements that recompute the roll-up rows of these (day, delivery) pairs, or of all, from the
 * click rows: delete them, then insert the counts of the rows, so the roll-up of a pair is what
 * its rows say whatever wrote them (deletions, the backfill). Clicks without a delivery are not
 * rolled up (the dashboard shows deliveries only).
 */
export const refreshStatements = (t: ClickTables, pairs: 'all' | DayPair[]): Write[] => {
  const { clicks: c, days: d } = t
  const col = (name: string) => sql.identifier(d[name].name as string)
  const clickWhere = pairs === 'all' ? sql`${c.delivery} is not null` : pairsWhere(c, pairs)
  const statements: SQL[] = [
    pairs === 'all' ? sql`delete from ${d}` : sql`delete from ${d} where ${pairsWhere(d, pairs)}`,
    sql`insert into ${d} (${col('day')}, ${col('delivery')}, ${col('clicks')}, ${col('uniqueClicks')})
      select ${c.day}, ${c.delivery}, count(*), count(distinct ${c.visitorKey}) from ${c} where ${clickWhere} group by ${c.day}, ${c.delivery}`,
  ]
  return [...lockStatements(t), ...statements.map((query): Write => ({ kind: 'sql', query }))]
}

const runIn = async (db: any, writes: Write[]) => {
  for (const w of writes) {
    if (w.kind === 'insert') await db.insert(w.table).values(w.rows)
    else await db.execute(w.query)
  }
}

/**
 * Runs writes all or nothing. SQLite: one libsql batch (BEGIN … COMMIT on the connection Payload
 * uses, executed synchronously, so no other query of this process runs in between and no second
 * connection is opened). PostgreSQL: one transaction; inside Payload's own when `session` is given.
 */
export const runAtomically = async (t: ClickTables, writes: Write[], session?: unknown) => {
  if (writes.length === 0) return
  if (t.dialect === 'sqlite') {
    await t.db.batch(writes.map((w) => (w.kind === 'insert' ? t.db.insert(w.table).values(w.rows) : t.db.run(w.query))))
  } else if (session) {
    await runIn(session, writes)
  } else {
    await t.db.transaction((tx: unknown) => runIn(tx, writes))
  }
}

/** Rows of a read-only statement on either database. */
export const selectRows = async (t: ClickTables, query: SQL): Promise<Record<string, unknown>[]> =>
  t.dialect === 'sqlite' ? ((await t.db.all(query)) as Record<string, unknown>[]) : ((await t.db.execute(query)).rows as Record<string, unknown>[])

/** Payload's open PostgreSQL transaction of a request (hooks run inside it), if any. */
const sessionOf = async (payload: Payload, req?: PayloadRequest): Promise<unknown> => {
  const id = req?.transactionID ? await req.transactionID : undefined
  if (id === undefined) return undefined
  return (payload.db as unknown as { sessions?: Record<string, { db: unknown }> }).sessions?.[String(id)]?.db
}

const sessionQueues = new WeakMap<object, Promise<unknown>>()

/** One refresh at a time on a shared transaction: Payload runs the hooks of a bulk delete at once. */
const inTurn = (session: object, run: () => Promise<void>): Promise<void> => {
  const next = (sessionQueues.get(session) ?? Promise.resolve()).catch(() => undefined).then(run)
  sessionQueues.set(session, next)
  return next
}

/** Recomputes the roll-up of these pairs (after clicks were deleted, for example). */
export const refreshClickDays = async (payload: Payload, pairs: DayPair[], req?: PayloadRequest) => {
  const t = clickTables(payload)
  if (!t || pairs.length === 0) return
  const session = t.dialect === 'postgres' ? await sessionOf(payload, req) : undefined
  const statements = refreshStatements(t, pairs)
  if (session) await inTurn(session as object, () => runAtomically(t, statements, session))
  else await runAtomically(t, statements)
}

/** Recomputes the whole roll-up from the click rows; resolves with the click rows counted. */
export const rebuildClickDays = async (payload: Payload): Promise<number> => {
  const t = clickTables(payload)
  if (!t) return 0
  await runAtomically(t, refreshStatements(t, 'all'))
  const [row] = await selectRows(t, sql`select coalesce(sum(${t.days.clicks}), 0) as n from ${t.days}`)
  return Number(row?.n ?? 0)
}

/**
 * Rows written before the roll-up existed (or by a process without it) are found by comparing,
 * in one statement (one snapshot), the clicks with a delivery and the roll-up's total; when they
 * differ the roll-up is rebuilt. Every write keeps the two equal, so this is a count once per
 * process in the normal case.
 */
const checkClickDays = async (payload: Payload) => {
  const t = clickTables(payload)
  if (!t) return
  const { clicks: c, days: d } = t
  const [row] = await selectRows(t, sql`select (select count(*) from ${c} where ${c.delivery} is not null) as raw, (select coalesce(sum(${d.clicks}), 0) from ${d}) as rolled`)
  if (Number(row?.raw ?? 0) === Number(row?.rolled ?? 0)) return
  const started = Date.now()
  const counted = await rebuildClickDays(payload)
  payload.logger.info(`line-analytics: click roll-up rebuilt from ${counted} click rows in ${Date.now() - started} ms`)
}

const checked = new WeakMap<Payload, Promise<void>>()

/** Makes sure the roll-up covers every click row (once per process; retried after a failure). */
export const ensureClickDays = (payload: Payload): Promise<void> => {
  let check = checked.get(payload)
  if (!check) {
    check = checkClickDays(payload).catch((error: unknown) => {
      checked.delete(payload)
      throw error
    })
    checked.set(payload, check)
  }
  return check
}
