import type { Payload } from 'payload'

import { type SqlHandle, sqlOf, whereToSql } from '@akita-dx/plugin-core'
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm'

import { SLUGS } from '../constants'
import { recipientsWhere, type SegmentRule } from '../segments/rule'

/**
 * SQL adapters (SQLite, PostgreSQL): the two hot paths of a million-recipient delivery. Payload's
 * find and create run hooks and read every column of thousands of rows (~50 ms per 1,000 rows),
 * where one indexed SELECT of two columns and one multi-row INSERT do the same work in a fraction.
 * The recipients' condition is the segment rule's own `where` (segments/rule.ts), compiled by core.
 */
export const sqlFreezeOf = (payload: Payload): null | SqlHandle => {
  const db = sqlOf(payload)
  return db?.tableIfAny(SLUGS.subscribers) && db.tableIfAny(SLUGS.batches) ? db : null
}

/** Followers in any of the rules, page by page in id order: memory holds one page. */
export async function* sqlRecipientPages(db: SqlHandle, rules: SegmentRule[], pageSize: number): AsyncGenerator<string[]> {
  const t = db.table(SLUGS.subscribers)
  const where = whereToSql(db, SLUGS.subscribers, recipientsWhere(rules))
  let lastId: null | number = null
  for (;;) {
    const rows: { id: number; lineUserId: string }[] = await db.db
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

/** The dialect's aggregate, clock and random UUID (LINE wants the retry key as a UUID). */
const dialectOf = (db: SqlHandle) =>
  db.dialect === 'postgres'
    ? { agg: sql`jsonb_agg(s.uid order by s.id)`, now: sql`now()`, uuid: sql`gen_random_uuid()::text` }
    : {
        agg: sql`json_group_array(s.uid)`,
        now: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
        // A version 4 UUID from SQLite's randomness.
        uuid: sql.raw(
          `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || ` +
            `substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`,
        ),
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
  db: SqlHandle,
  deliveryId: number | string,
  rules: SegmentRule[],
  batchSize: number,
): Promise<number> => {
  const t = db.table(SLUGS.subscribers)
  const b = db.table(SLUGS.batches)
  const col = (c: { name: string }) => sql.identifier(c.name)
  const typed = (value: SQL, c: { getSQLType: () => string }) =>
    db.dialect === 'postgres' ? sql`cast(${value} as ${sql.raw(c.getSQLType())})` : value
  const { agg, now, uuid } = dialectOf(db)
  const statement = sql`
    insert into ${b} (${col(b.delivery)}, ${col(b.seq)}, ${col(b.recipients)}, ${col(b.count)}, ${col(b.status)}, ${col(b.retryKey)}, ${col(b.attempts)}, ${col(b.createdAt)}, ${col(b.updatedAt)})
    select ${typed(sql`${deliveryId}`, b.delivery)}, s.g + 1, ${agg}, count(*), ${typed(sql`'pending'`, b.status)}, ${uuid}, 0, ${now}, ${now}
    from (
      select ${t.id} as id, ${t.lineUserId} as uid, (row_number() over (order by ${t.id}) - 1) / ${sql.raw(String(Math.floor(batchSize)))} as g
      from ${t} where ${whereToSql(db, SLUGS.subscribers, recipientsWhere(rules))}
    ) s
    group by s.g
    returning ${col(b.count)} as n`
  const rows = await db.rows(statement)
  return rows.reduce((sum, row) => sum + Number(row.n), 0)
}

/** Writes batch rows in multi-row INSERTs. */
export const sqlInsertBatches = async (db: SqlHandle, rows: Record<string, unknown>[]) => {
  await db.db.insert(db.table(SLUGS.batches)).values(rows)
}

/** Count, state and error of every batch of a delivery, without reading their recipient lists. */
export const sqlBatchStates = async (db: SqlHandle, deliveryId: number | string) => {
  const t = db.table(SLUGS.batches)
  const rows = await db.db
    .select({ count: t.count, error: t.error, retryAt: t.retryAt, status: t.status })
    .from(t)
    .where(eq(t.delivery, deliveryId))
  return rows as { count: number; error?: null | string; retryAt?: null | string; status: string }[]
}
