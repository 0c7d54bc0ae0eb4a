import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { sqlOf } from '@akita-dx/plugin-core'

import type { ApiContext } from '../context'

import { cardStoreOf } from './cards'
import { indexConditions } from './conditions'
import { type IndexQueries, indexQueries } from './queries'
import { type IndexRow, indexRowOf } from './row'
import { textIndexOf } from './textIndex'
import { type IndexWrites, indexWrites } from './writes'

/** The search index of one Payload instance: its reads, and the writes that keep it in step. */
export type SearchIndex = IndexQueries & {
  /** Creates what the text index and the cards need in the database (idempotent). */
  ensure: () => Promise<void>
  /** Whether some of its `rows` lack a part kept beside them (written by an older version): a rebuild is due. */
  incomplete: (rows: number) => Promise<boolean>
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
  const text = textIndexOf(handle, table, (error) =>
    payload.logger.error({ err: error, msg: 'public API search index: reading the common tokens failed' }),
  )
  const cards = cardStoreOf(handle, table)
  const writes: IndexWrites = indexWrites(handle, table, text, cards)
  const programmes = ctx.options.subsidies.slug
  const published = ctx.published(programmes)
  const rowOf = (doc: Record<string, unknown>): IndexRow => indexRowOf(ctx, doc, text.gramsInRow)
  /**
   * Public programmes by id: the one `docId`, or the page after `afterId`. Keyset pages without a
   * count: an offset page re-reads every row before it, so a rebuild of 100,000 programmes would
   * spend minutes counting and skipping.
   */
  const publicDocs = async ({ afterId, docId, req }: { afterId?: unknown; docId?: unknown; req?: PayloadRequest }) => {
    const only = docId === undefined ? (afterId === undefined ? [] : [{ id: { greater_than: afterId } }]) : [{ id: { equals: docId } }]
    const found = await payload.find({
      collection: programmes,
      depth: 0,
      draft: false,
      limit: docId === undefined ? REBUILD_PAGE : 1,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'id',
      where: { and: [...published, ...only] },
    })
    return found.docs as Record<string, unknown>[]
  }

  const rebuild = async () => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    try {
      const db = await handle.dbOf({ transactionID })
      await writes.removeAll(db)
      let indexed = 0
      for (let docs = await publicDocs({}); docs.length; docs = await publicDocs({ afterId: docs.at(-1)!.id })) {
        await writes.upsert(db, docs.map(rowOf))
        indexed += docs.length
        if (docs.length < REBUILD_PAGE) break
      }
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      await text.afterRebuild()
      return { indexed }
    } catch (error) {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
  }

  return {
    ...indexQueries(handle, table, indexConditions(handle, table, text, ctx.options), cards, text.beforeRead),
    ensure: async () => {
      await text.ensure()
      await cards.ensure()
    },
    incomplete: cards.incomplete,
    rebuild,
    remove: async (req, docId) => writes.remove(await handle.dbOf(req), [docId]),
    // Read back through the published condition: a draft saved over a published programme leaves the public one as it was.
    sync: async (req, docId) => {
      const db = await handle.dbOf(req)
      const [doc] = await publicDocs({ docId, req })
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

  /** Creates the text index and rebuilds the rows when they do not match the public programmes (a first start, a restored backup) or lack their cards. */
  const init = async (payload: Payload) => {
    const index = build(ctx, payload, slug)
    if (!index) return
    await index.ensure()
    const where = { and: ctx.published(ctx.options.subsidies.slug) }
    const [{ totalDocs: programmes }, { totalDocs: rows }] = await Promise.all([
      payload.count({ collection: ctx.options.subsidies.slug, overrideAccess: true, where }),
      payload.count({ collection: slug, overrideAccess: true }),
    ])
    if (programmes !== rows || (await index.incomplete(rows))) {
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
