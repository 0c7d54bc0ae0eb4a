import type { CollectionSlug, Payload, Where } from 'payload'

import { and, eq } from 'drizzle-orm'

import { sqlOf } from './sql'
import { whereToMongo } from './where'
import { whereToSql } from './whereSql'

type MongoAdapter = {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object) => Promise<unknown> }>
}

/**
 * Compare-and-set on one document in a single database statement (UPDATE … WHERE … RETURNING, or
 * findOneAndUpdate): when two server processes race for the same work, exactly one wins. The guard
 * is a `Where` (see where.ts for the operators), so the rule a scheduler finds work with and the
 * rule it claims work with can be the same value. It bypasses hooks and access: only for
 * bookkeeping fields (status, claims, leases), top-level scalars, dates as ISO strings.
 */
export const compareAndSet = async (
  payload: Payload,
  collection: CollectionSlug | string,
  id: number | string,
  guard: Where,
  values: Record<string, unknown>,
): Promise<boolean> => {
  const db = sqlOf(payload)
  if (!db) {
    const model = (payload.db as unknown as MongoAdapter).collections[collection]
    const filter = { $and: [{ _id: id }, whereToMongo(guard)] }
    return Boolean(await model.findOneAndUpdate(filter, { $set: values }))
  }
  const table = db.table(collection)
  const rows = await db.db
    .update(table)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(and(eq(table.id, id), whereToSql(db, collection, guard)))
    .returning({ id: table.id })
  return rows.length === 1
}
