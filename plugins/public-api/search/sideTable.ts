import type { SqlHandle } from '@akita-dx/plugin-core'

import { type SQL, sql, type SQLWrapper } from 'drizzle-orm'

/**
 * Deletes and clears on a SQLite table kept beside the index rows (the FTS5 tokens, the cards),
 * keyed by the row's id in `key`, on a drizzle database (the adapter's, or a transaction's).
 */
export const sideTable = (handle: SqlHandle, name: SQLWrapper, key: SQL) => ({
  remove: async (db: any, rowIds: readonly unknown[]) => {
    if (!rowIds.length) return
    const ids = sql.join(
      rowIds.map((id) => sql`${id}`),
      sql`, `,
    )
    await handle.on(db).execute(sql`DELETE FROM ${name} WHERE ${key} IN (${ids})`)
  },
  removeAll: (db: any) => handle.on(db).execute(sql`DELETE FROM ${name}`),
})
