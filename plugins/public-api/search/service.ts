import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'

import type { ApiContext } from '../context'

import { indexConditions } from './conditions'
import { type IndexQueries, indexQueries } from './queries'
import { type IndexRow, indexRowOf } from './row'
import { textIndexOf } from './textIndex'
import { type IndexWrites, indexWrites } from './writes'

/** The search index of one Payload instance: its reads, and the writes that keep it in step. */
export type SearchIndex = IndexQueries & {
  /** Creates what the text index needs in the database (idempotent). */
  ensure: () => Promise<void>
  /** Rebuilds every row from the public programmes, in one transaction where the database has them. */
  rebuild: () => Promise<{ indexed: number }>
  remove: (req: PayloadRequest, docId: unknown) => Promise<void>
  sync: (req: PayloadRequest, docId: unknown) => Promise<void>
}

const REBUILD_PAGE = 500

const build = (ctx: ApiContext, payload: Payload, slug: string): null | SearchIndex => {
  const handle = sqlOf(payload)
  if (!handle) return null
  const table = handle.table(slug)
  const text = textIndexOf(handle, table)
  const writes: IndexWrites = indexWrites(handle, table, text)
  const programmes = ctx.options.subsidies.slug
  const published = ctx.published(programmes)
  const rowOf = (doc: Record<string, unknown>): IndexRow => indexRowOf(ctx, doc, text.gramsInRow)
  const publicDocs = (page: number, req?: PayloadRequest, docId?: unknown) =>
    payload.find({
      collection: programmes,
      depth: 0,
      draft: false,
      limit: docId === undefined ? REBUILD_PAGE : 1,
      overrideAccess: true,
      page,
      req,
      sort: 'id',
      where: { and: [...published, ...(docId === undefined ? [] : [{ id: { equals: docId } }])] },
    })

  const rebuild = async () => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    try {
      const db = await handle.dbOf({ transactionID })
      await writes.removeAll(db)
      let indexed = 0
      for (let page = 1, more = true; more; page++) {
        const found = await publicDocs(page)
        await writes.upsert(db, (found.docs as Record<string, unknown>[]).map(rowOf))
        indexed += found.docs.length
        more = found.hasNextPage
      }
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      return { indexed }
    } catch (error) {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }

  return {
    ...indexQueries(handle, table, indexConditions(handle, table, text, ctx.options)),
    ensure: text.ensure,
    rebuild,
    remove: async (req, docId) => writes.remove(await handle.dbOf(req), [docId]),
    // Read back through the published condition: a draft saved over a published programme leaves the public one as it was.
    sync: async (req, docId) => {
      const db = await handle.dbOf(req)
      const [doc] = (await publicDocs(1, req, docId)).docs as Record<string, unknown>[]
      if (doc) await writes.upsert(db, [rowOf(doc)])
      else await writes.remove(db, [docId])
    },
  }
}

export type SearchService = ReturnType<typeof searchService>

/**
 * The search index per Payload instance, once it is ready: before start-up has made sure of it
 * (or on MongoDB), `of` is null and the lists are answered by Payload's find.
 */
export const searchService = (ctx: ApiContext, { read, slug }: { read: boolean; slug: string }) => {
  const ready = new WeakMap<Payload, SearchIndex>()
  /** The index the hooks keep and a rebuild writes. */
  const kept = (payload: Payload): null | SearchIndex => ready.get(payload) ?? null
  /** The index the lists read: none when reading it is switched off. */
  const of = (payload: Payload): null | SearchIndex => (read ? kept(payload) : null)

  /** Creates the text index and rebuilds the rows when they do not match the public programmes (a first start, a restored backup). */
  const init = async (payload: Payload) => {
    const index = build(ctx, payload, slug)
    if (!index) return
    await index.ensure()
    const where = { and: ctx.published(ctx.options.subsidies.slug) }
    const [{ totalDocs: programmes }, { totalDocs: rows }] = await Promise.all([
      payload.count({ collection: ctx.options.subsidies.slug, overrideAccess: true, where }),
      payload.count({ collection: slug, overrideAccess: true }),
    ])
    if (programmes !== rows) {
      const started = Date.now()
      const { indexed } = await index.rebuild()
      payload.logger.info(`public API search index rebuilt: ${indexed} programmes in ${Date.now() - started} ms`)
    }
    ready.set(payload, index)
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await kept(req.payload)?.sync(req, doc.id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await kept(req.payload)?.remove(req, doc.id)
    return doc
  }
  return { afterChange, afterDelete, init, kept, of }
}
