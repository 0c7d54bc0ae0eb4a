import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { isDue } from './due'
import { nudgeDelivery } from './runner'

/** Sends a due delivery right away instead of at the next scheduler tick. */
export const startWhenDue =
  (options: ResolvedLineOptions): CollectionAfterChangeHook =>
  ({ doc, operation, req }) => {
    if (options.disabled || operation !== 'create') return doc
    if (isDue(doc, new Date(Date.now() + 1000))) nudgeDelivery(req.payload, doc.id)
    return doc
  }

/** A delivery being sent cannot be deleted (cancel it first). */
export const refuseDeleteWhileSending: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: SLUGS.deliveries, depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if ((doc as { status?: string } | null)?.status === 'sending') throw conflict(lineT(req, 'errorDeleteSending'))
}

export const deleteBatches: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: SLUGS.batches, req, where: { delivery: { equals: id } } })
}
