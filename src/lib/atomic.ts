import type { CollectionSlug, Payload } from 'payload'

import { and, eq, inArray, isNull, lt, or, type SQL } from '@payloadcms/db-sqlite/drizzle'

/** One condition on a field: equal to a value (null: is null), `{ lessThan }` or `{ in: [] }`. */
export type Condition = null | number | string | { in: (number | string)[] } | { lessThan: number | string }

/** All conditions must hold; `or` holds when any of its groups holds. */
export type Guard = { [field: string]: Condition | Guard[] | undefined; or?: Guard[] }

const tableNameOf = (slug: string) =>
  slug.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase()

type DrizzleTable = Record<string, unknown>
type DrizzleAdapter = {
  drizzle: {
    update: (table: DrizzleTable) => {
      set: (values: Record<string, unknown>) => {
        where: (where: SQL | undefined) => { returning: (fields: Record<string, unknown>) => Promise<unknown[]> }
      }
    }
  }
  tableNameMap: Map<string, string>
  tables: Record<string, DrizzleTable>
}
type MongoAdapter = {
  collections: Record<string, { findOneAndUpdate: (filter: object, update: object) => Promise<unknown> }>
}

const drizzleGuard = (table: DrizzleTable, guard: Guard): SQL | undefined => {
  const parts: (SQL | undefined)[] = []
  for (const [field, condition] of Object.entries(guard)) {
    if (field === 'or') {
      parts.push(or(...(condition as Guard[]).map((g) => drizzleGuard(table, g))))
      continue
    }
    const column = table[field] as never
    if (!column) throw new Error(`compareAndSet: unknown column ${field}`)
    if (condition === null) parts.push(isNull(column))
    else if (typeof condition === 'object' && 'in' in (condition as object)) parts.push(inArray(column, (condition as { in: never[] }).in))
    else if (typeof condition === 'object' && 'lessThan' in (condition as object)) parts.push(lt(column, (condition as { lessThan: never }).lessThan))
    else parts.push(eq(column, condition as never))
  }
  return and(...parts)
}

const mongoGuard = (guard: Guard): Record<string, unknown> => {
  const filter: Record<string, unknown> = {}
  for (const [field, condition] of Object.entries(guard)) {
    if (field === 'or') filter.$or = (condition as Guard[]).map(mongoGuard)
    else if (condition === null) filter[field] = null
    else if (typeof condition === 'object' && 'in' in (condition as object)) filter[field] = { $in: (condition as { in: unknown[] }).in }
    else if (typeof condition === 'object' && 'lessThan' in (condition as object)) filter[field] = { $lt: (condition as { lessThan: unknown }).lessThan }
    else filter[field] = condition
  }
  return filter
}

/**
 * Compare-and-set on one document in a single database statement (UPDATE … WHERE … RETURNING,
 * or findOneAndUpdate): when two server processes race for the same work, exactly one wins.
 * It bypasses Payload hooks and access, so it is only for bookkeeping fields (status, claims,
 * leases) of top-level scalar fields; dates are passed as ISO strings.
 */
export const compareAndSet = async (
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  guard: Guard,
  values: Record<string, unknown>,
): Promise<boolean> => {
  const db = payload.db as unknown as DrizzleAdapter & MongoAdapter & { name: string }
  if (db.name === 'mongoose') {
    const model = db.collections[collection]
    const updated = await model.findOneAndUpdate({ _id: id, ...mongoGuard(guard) }, { $set: values })
    return Boolean(updated)
  }
  const tableName = db.tableNameMap.get(tableNameOf(collection)) ?? tableNameOf(collection)
  const table = db.tables[tableName]
  if (!table) throw new Error(`compareAndSet: no table for collection ${collection}`)
  const dbValues = { ...values, updatedAt: new Date().toISOString() }
  const rows = await db.drizzle
    .update(table)
    .set(dbValues)
    .where(and(eq(table.id as never, id as never), drizzleGuard(table, guard)))
    .returning({ id: table.id })
  return rows.length === 1
}
