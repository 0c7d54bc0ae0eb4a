import type { Where } from 'payload'

import { and, eq, exists, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, notExists, notInArray, or, type SQL, sql } from 'drizzle-orm'

import type { SqlHandle, SqlTable } from './sql'
import { visitWhere, type WhereOperator } from './where'

const FALSE = sql`1 = 0`
const TRUE = sql`1 = 1`

const columnCondition = (column: unknown, operator: WhereOperator, operand: unknown): SQL => {
  const c = column as never
  switch (operator) {
    case 'equals':
      return operand === null ? isNull(c) : eq(c, operand as never)
    case 'not_equals':
      // As Payload's own queries: rows without a value are "not equal" too.
      return operand === null ? isNotNull(c) : (or(isNull(c), ne(c, operand as never)) as SQL)
    case 'in':
      return (operand as unknown[]).length ? inArray(c, operand as never[]) : FALSE
    case 'not_in':
      return (operand as unknown[]).length ? notInArray(c, operand as never[]) : isNotNull(c)
    case 'exists':
      return operand ? isNotNull(c) : isNull(c)
    case 'less_than':
      return lt(c, operand as never)
    case 'less_than_equal':
      return lte(c, operand as never)
    case 'greater_than':
      return gt(c, operand as never)
    case 'greater_than_equal':
      return gte(c, operand as never)
  }
}

/** A hasMany select lives in its own table (`parent`, `value`): matching means a row exists. */
const hasManyCondition = (db: SqlHandle, table: SqlTable, values: SqlTable, operator: WhereOperator, operand: unknown): SQL => {
  const rowsWhere = (condition?: SQL) =>
    db.db
      .select({ one: values.parent })
      .from(values)
      .where(and(eq(values.parent, table.id), condition))
  switch (operator) {
    case 'exists':
      return operand ? exists(rowsWhere()) : notExists(rowsWhere())
    case 'equals':
    case 'in':
      return exists(rowsWhere(columnCondition(values.value, operator, operand)))
    case 'not_in':
      return notExists(rowsWhere(columnCondition(values.value, 'in', operand)))
    default:
      throw new Error(`where: ${operator} is not supported on a hasMany field`)
  }
}

/** A table's own reading of some of its fields' conditions (a column that stores a list, say); undefined for the rest. */
export type FieldSql = (field: string, operator: WhereOperator, operand: unknown) => SQL | undefined

/**
 * The SQL condition of a where on a collection's table (see where.ts for the subset). Fields are
 * the table's columns, or hasMany selects (their value table), unless `fieldSql` reads them. An
 * empty where matches every row.
 */
export const whereToSql = (db: SqlHandle, slug: string, where: undefined | Where, fieldSql?: FieldSql): SQL => {
  if (!where) return TRUE
  const table = db.table(slug)
  return visitWhere<SQL>(where, {
    and: (parts) => (parts.length ? (and(...parts) as SQL) : TRUE),
    field: (field, operator, operand) => {
      const own = fieldSql?.(field, operator, operand)
      if (own) return own
      if (table[field]) return columnCondition(table[field], operator, operand)
      const values = db.tableIfAny(slug, field)
      if (!values) throw new Error(`where: ${slug} has no field ${field}`)
      return hasManyCondition(db, table, values, operator, operand)
    },
    or: (parts) => (parts.length ? (or(...parts) as SQL) : FALSE),
  })
}
