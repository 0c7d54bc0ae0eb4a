import type { SqlHandle, SqlTable } from '@akita-dx/plugin-core'

import { inArray } from 'drizzle-orm'

import type { CardStore } from './cards'
import type { IndexRow } from './row'
import type { TextIndex } from './textIndex'

import { INDEX_FIELDS } from './collection'
import { textTokens } from './grams'

/** Writes of index rows on a drizzle database (the adapter's, or a transaction's). */
export const indexWrites = (handle: SqlHandle, table: SqlTable, text: TextIndex, cards: CardStore) => {
  const docColumn = table[INDEX_FIELDS.doc]

  /** Inserts or replaces the rows of these programmes (by programme id), with their tokens and cards. */
  const upsert = async (db: any, rows: readonly IndexRow[]) => {
    for (const row of rows) {
      const values = cards.inRow ? row : { ...row, [INDEX_FIELDS.source]: null }
      const [{ id }] = (await db
        .insert(table)
        .values(values)
        .onConflictDoUpdate({ set: values, target: docColumn })
        .returning({ id: table.id })) as { id: unknown }[]
      if (!cards.inRow) await cards.write(db, id, row[INDEX_FIELDS.source])
      if (!text.gramsInRow) await text.write(db, id, textTokens(row.searchText))
    }
  }

  /** Removes the rows of these programmes, with their tokens and cards. */
  const remove = async (db: any, docIds: readonly unknown[]) => {
    if (!docIds.length) return
    const rows = (await db
      .select({ id: table.id })
      .from(table)
      .where(inArray(docColumn, docIds as never[]))) as { id: unknown }[]
    const rowIds = rows.map(({ id }) => id)
    await text.remove(db, rowIds)
    await cards.remove(db, rowIds)
    await db.delete(table).where(inArray(docColumn, docIds as never[]))
  }

  const removeAll = async (db: any) => {
    await text.removeAll(db)
    await cards.removeAll(db)
    await db.delete(table)
  }

  return { remove, removeAll, upsert }
}

export type IndexWrites = ReturnType<typeof indexWrites>
