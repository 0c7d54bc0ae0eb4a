import type { Payload, PayloadRequest } from 'payload'

import { sql } from 'drizzle-orm'

import { type ClickTables, clickTables, type DayPair, heldDays, refreshStatements, type Write } from './statements'

const runIn = async (db: any, writes: Write[]) => {
  for (const w of writes) {
    if (w.kind === 'insert') await db.insert(w.table).values(w.rows)
    else await db.execute(w.query)
  }
}

/**
 * Runs writes all or nothing. SQLite: one libsql batch (BEGIN … COMMIT on the connection Payload
 * uses, executed synchronously, so no other query of this process runs in between and no second
 * connection is opened: an in-memory database would not be the same one there). PostgreSQL: one
 * transaction; inside Payload's own when `session` is given.
 */
export const runAtomically = async ({ sql: handle }: ClickTables, writes: Write[], session?: unknown) => {
  if (writes.length === 0) return
  const db = handle.db
  if (handle.dialect === 'sqlite') {
    await db.batch(writes.map((w) => (w.kind === 'insert' ? db.insert(w.table).values(w.rows) : db.run(w.query))))
  } else if (session) {
    await runIn(session, writes)
  } else {
    await db.transaction((tx: unknown) => runIn(tx, writes))
  }
}

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
  const session = t.sql.dialect === 'postgres' ? await sessionOf(payload, req) : undefined
  const statements = refreshStatements(t, pairs)
  if (session) await inTurn(session as object, () => runAtomically(t, statements, session))
  else await runAtomically(t, statements)
}

/** Recomputes the whole roll-up from the click rows; resolves with the click rows counted. */
export const rebuildClickDays = async (payload: Payload): Promise<number> => {
  const t = clickTables(payload)
  if (!t) return 0
  await runAtomically(t, refreshStatements(t, 'all'))
  const [row] = await t.sql.rows(sql`select coalesce(sum(${t.days.clicks}), 0) as n from ${t.days} where ${heldDays(t)}`)
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
  const [row] = await t.sql.rows(
    sql`select (select count(*) from ${c} where ${c.delivery} is not null) as raw, (select coalesce(sum(${d.clicks}), 0) from ${d} where ${heldDays(t)}) as rolled`,
  )
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
