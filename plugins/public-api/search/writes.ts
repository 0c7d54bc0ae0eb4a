import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { inArray } from 'drizzle-orm'

import type { IndexRow } from './row'
import type { TextIndex } from './textIndex'

import { INDEX_FIELDS } from './collection'
import { textTokens } from './grams'

/** Writes of index rows on a drizzle database (the adapter's, or a transaction's). */
export const indexWrites = (handle: SqlHandle, table: SqlTable, text: TextIndex) => {
  const docColumn = table[INDEX_FIELDS.doc]

  /** Inserts or replaces the rows of these programmes (by programme id), with their tokens. */
  const upsert = async (db: any, rows: readonly IndexRow[]) => {
    if (!rows.length) return
    const written: { doc: unknown; id: unknown }[] = []
    for (const row of rows) {
      const [result] = await db
        .insert(table)
        .values(row)
        .onConflictDoUpdate({ set: row, target: docColumn })
        .returning({ doc: docColumn, id: table.id })
      written.push(result)
    }
    if (text.gramsInRow) return
    for (const [i, { id }] of written.entries()) await text.write(db, id, textTokens(rows[i].searchText))
  }

  /** Removes the rows of these programmes, with their tokens. */
  const remove = async (db: any, docIds: readonly unknown[]) => {
    if (!docIds.length) return
    const rows = (await db
      .select({ id: table.id })
      .from(table)
      .where(inArray(docColumn, docIds as never[]))) as { id: unknown }[]
    await text.remove(
      db,
      rows.map(({ id }) => id),
    )
    await db.delete(table).where(inArray(docColumn, docIds as never[]))
  }

  const removeAll = async (db: any) => {
    await text.removeAll(db)
    await db.delete(table)
  }

  return { remove, removeAll, upsert }
}

export type IndexWrites = ReturnType<typeof indexWrites>
