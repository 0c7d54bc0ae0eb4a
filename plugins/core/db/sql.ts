import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

export type SqlDialect = 'postgres' | 'sqlite'

/** A drizzle table of the adapter's schema: its columns by field name (`table.claimedBy`). */
export type SqlTable = Record<string, any>

/**
 * The SQL side of a Payload instance on SQLite or PostgreSQL: the adapter's own drizzle database
 * and tables, so column names always match what Payload created, and the one place that knows
 * how the two drivers return rows.
 */
export type SqlHandle = {
  /** The adapter's drizzle database: the connection (pool) Payload itself uses. */
  db: any
  dialect: SqlDialect
  /**
   * The drizzle database of the request's transaction (a hook's writes belong to the change that
   * ran it), or the adapter's own when there is none.
   */
  dbOf: (req?: Pick<PayloadRequest, 'transactionID'>) => Promise<any>
  /** Runs a statement for its effect. */
  execute: (statement: SQL) => Promise<void>
  /** `execute` and `rows` on another drizzle database of the adapter (a transaction's, from `dbOf`). */
  on: (db: any) => Pick<SqlHandle, 'execute' | 'rows'>
  /** Rows of a raw statement (`select …`, `… returning`). */
  rows: (statement: SQL) => Promise<Record<string, unknown>[]>
  /**
   * The table of a collection, or of one of its hasMany fields with `field`
   * (`table('line-subscribers', 'interests')` → `line_subscribers_interests`). Throws when absent.
   */
  table: (slug: string, field?: string) => SqlTable
  /** Like `table`, undefined when the table does not exist. */
  tableIfAny: (slug: string, field?: string) => SqlTable | undefined
}

type DrizzleAdapter = {
  drizzle?: any
  name: string
  sessions?: Record<number | string, { db: any }>
  tableNameMap?: Map<string, string>
  tables?: Record<string, SqlTable>
}

/** Payload's table naming (`to-snake-case` of the slug): `line-delivery-batches` → `line_delivery_batches`. */
export const toSnakeCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()

const handles = new WeakMap<Payload, null | SqlHandle>()

const createHandle = (adapter: DrizzleAdapter): SqlHandle => {
  const dialect: SqlDialect = adapter.name === 'sqlite' ? 'sqlite' : 'postgres'
  const tableIfAny = (slug: string, field?: string) => {
    const defaultName = toSnakeCase(slug) + (field ? `_${toSnakeCase(field)}` : '')
    return adapter.tables?.[adapter.tableNameMap?.get(defaultName) ?? defaultName]
  }
  const on = (db: any): Pick<SqlHandle, 'execute' | 'rows'> => ({
    execute: async (statement) => {
      await (dialect === 'sqlite' ? db.run(statement) : db.execute(statement))
    },
    rows: async (statement) =>
      dialect === 'sqlite'
        ? ((await db.all(statement)) as Record<string, unknown>[])
        : ((await db.execute(statement)).rows as Record<string, unknown>[]),
  })
  return {
    // Read at call time: the adapter sets its drizzle database when it connects.
    get db() {
      return adapter.drizzle
    },
    dbOf: async (req) => {
      const id = req ? await req.transactionID : undefined
      return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
    },
    dialect,
    execute: (statement) => on(adapter.drizzle).execute(statement),
    on,
    rows: (statement) => on(adapter.drizzle).rows(statement),
    table: (slug, field) => {
      const table = tableIfAny(slug, field)
      if (!table) throw new Error(`no database table for ${slug}${field ? `.${field}` : ''}`)
      return table
    },
    tableIfAny,
  }
}

/** The SQL handle of a Payload instance; null on MongoDB (callers fall back to the Local API). */
export const sqlOf = (payload: Payload): null | SqlHandle => {
  if (handles.has(payload)) return handles.get(payload)!
  const adapter = payload.db as unknown as DrizzleAdapter
  const handle = adapter.drizzle && adapter.tables && adapter.name !== 'mongoose' ? createHandle(adapter) : null
  handles.set(payload, handle)
  return handle
}
