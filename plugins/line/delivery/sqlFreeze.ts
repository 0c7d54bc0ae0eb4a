import type { Payload } from 'payload'

import { and, asc, eq, exists, gt, inArray, or, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import type { SegmentRule } from '../utilities/segmentWhere'

type Table = Record<string, any>
type Drizzle = {
  /** SQLite (libsql): the rows a statement returns. */
  all?: (query: SQL) => Promise<Record<string, unknown>[]>
  /** PostgreSQL. */
  execute?: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
  insert: (table: Table) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> }
  select: (fields?: Record<string, unknown>) => any
}
type SqlAdapter = { drizzle: Drizzle; tables: Record<string, Table> }

/**
 * SQL adapters (SQLite, PostgreSQL) expose drizzle; the freeze uses it for the two hot paths of a
 * million-recipient delivery. Payload's find and create run hooks and read every column of
 * thousands of rows (~50 ms per 1,000 rows), where one indexed SELECT of two columns and one
 * multi-row INSERT do the same work in a fraction of that.
 */
export const sqlAdapterOf = (payload: Payload): null | SqlAdapter => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return db.drizzle && db.tables?.line_subscribers && db.tables.line_delivery_batches ? (db as SqlAdapter) : null
}

const values = (list: null | string[] | undefined) => (list ?? []).filter((v) => typeof v === 'string' && v)

/** The SQL of one segment's rule, as `ruleWhere` builds it for Payload (the tests hold them equal). */
const ruleSql = (db: SqlAdapter, rule: SegmentRule): SQL | undefined => {
  const t = db.tables.line_subscribers
  const i = db.tables.line_subscribers_interests
  const parts: SQL[] = []
  if (values(rule.municipalities).length) parts.push(inArray(t.municipality, values(rule.municipalities)))
  if (values(rule.ageBands).length) parts.push(inArray(t.ageBand, values(rule.ageBands)))
  if (values(rule.interests).length) {
    parts.push(
      exists(
        db.drizzle
          .select({ one: i.parent })
          .from(i)
          .where(and(eq(i.parent, t.id), inArray(i.value, values(rule.interests)))),
      ),
    )
  }
  if (parts.length === 0) return undefined
  return rule.combinator === 'or' ? or(...parts) : and(...parts)
}

/** Followers in any of the rules (a rule without conditions: all followers). */
const recipientsSql = (db: SqlAdapter, rules: SegmentRule[]): SQL | undefined => {
  const t = db.tables.line_subscribers
  const segmentSql = rules.map((rule) => ruleSql(db, rule))
  const union = segmentSql.some((s) => s === undefined) ? undefined : or(...(segmentSql as SQL[]))
  return and(eq(t.followState, 'following'), union)
}

/** Followers in any of the rules, page by page in id order: memory holds one page. */
export async function* sqlRecipientPages(payload: Payload, rules: SegmentRule[], pageSize: number): AsyncGenerator<string[]> {
  const db = sqlAdapterOf(payload)!
  const t = db.tables.line_subscribers
  const where = recipientsSql(db, rules)
  let lastId: null | number = null
  for (;;) {
    const rows: { id: number; lineUserId: string }[] = await db.drizzle
      .select({ id: t.id, lineUserId: t.lineUserId })
      .from(t)
      .where(and(where, lastId === null ? undefined : gt(t.id, lastId)))
      .orderBy(asc(t.id))
      .limit(pageSize)
    if (rows.length === 0) return
    lastId = rows[rows.length - 1].id
    yield rows.map((r) => r.lineUserId)
    if (rows.length < pageSize) return
  }
}

/**
 * The whole freeze in one INSERT … SELECT: the database numbers the followers in id order, cuts
 * them into batches of `batchSize` and gives each a fresh UUID retry key. Paging from Node
 * instead repeats a keyset SELECT per 5,000 residents: on PostgreSQL a freshly filled table (no
 * statistics yet) is planned as a scan of every follower plus a sort per page, quadratic in the
 * audience (163 s at 1,000,000); on SQLite it moved every id through Node (7.5 s and ~170 MB at
 * 1,000,000). One statement reads the residents once and sends no id over the wire.
 * Returns the number of recipients.
 */
export const freezeBatchesInDatabase = async (
  payload: Payload,
  deliveryId: number | string,
  rules: SegmentRule[],
  batchSize: number,
): Promise<number> => {
  const db = sqlAdapterOf(payload)!
  const t = db.tables.line_subscribers
  const b = db.tables.line_delivery_batches
  const col = (c: { name: string }) => sql.identifier(c.name)
  const postgres = payload.db.name === 'postgres'
  const typed = (value: SQL, c: { getSQLType: () => string }) => (postgres ? sql`cast(${value} as ${sql.raw(c.getSQLType())})` : value)
  const dialect = postgres
    ? { agg: sql`jsonb_agg(s.uid order by s.id)`, now: sql`now()`, uuid: sql`gen_random_uuid()::text` }
    : {
        agg: sql`json_group_array(s.uid)`,
        now: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
        // A version 4 UUID from SQLite's randomness (LINE wants the retry key as a UUID).
        uuid: sql.raw(
          `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || ` +
            `substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`,
        ),
      }
  const statement = sql`
    insert into ${b} (${col(b.delivery)}, ${col(b.seq)}, ${col(b.recipients)}, ${col(b.count)}, ${col(b.status)}, ${col(b.retryKey)}, ${col(b.attempts)}, ${col(b.createdAt)}, ${col(b.updatedAt)})
    select ${typed(sql`${deliveryId}`, b.delivery)}, s.g + 1, ${dialect.agg}, count(*), ${typed(sql`'pending'`, b.status)},
      ${dialect.uuid}, 0, ${dialect.now}, ${dialect.now}
    from (
      select ${t.id} as id, ${t.lineUserId} as uid, (row_number() over (order by ${t.id}) - 1) / ${sql.raw(String(Math.floor(batchSize)))} as g
      from ${t} where ${recipientsSql(db, rules)}
    ) s
    group by s.g
    returning ${col(b.count)} as n`
  const rows = postgres ? (await db.drizzle.execute!(statement)).rows : await db.drizzle.all!(statement)
  return rows.reduce((sum, row) => sum + Number(row.n), 0)
}

/** Writes batch rows in multi-row INSERTs. */
export const sqlInsertBatches = async (payload: Payload, rows: Record<string, unknown>[]) => {
  const db = sqlAdapterOf(payload)!
  await db.drizzle.insert(db.tables.line_delivery_batches).values(rows)
}

/** Count, state and error of every batch of a delivery, without reading their recipient lists. */
export const sqlBatchStates = async (payload: Payload, deliveryId: number | string) => {
  const db = sqlAdapterOf(payload)!
  const t = db.tables.line_delivery_batches
  return (await db.drizzle
    .select({ count: t.count, error: t.error, status: t.status })
    .from(t)
    .where(eq(t.delivery, deliveryId))) as { count: number; error?: null | string; status: string }[]
}
