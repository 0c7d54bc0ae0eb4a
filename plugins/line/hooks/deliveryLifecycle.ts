import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { nudgeDelivery } from '../delivery/runner'
import type { ResolvedLineOptions } from '../types'
import { deleteBatchesOf } from './prepareDelivery'

/** Sends a due delivery right away instead of at the next scheduler tick. */
export const startWhenDue =
  (options: ResolvedLineOptions): CollectionAfterChangeHook =>
  ({ doc, operation, req }) => {
    if (options.disabled || operation !== 'create') return doc
    const due = !doc.scheduledAt || Date.parse(doc.scheduledAt) <= Date.now() + 1000
    if (due) nudgeDelivery(req.payload, doc.id)
    return doc
  }

/** A delivery being sent cannot be deleted (cancel it first). */
export const refuseDeleteWhileSending: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'line-deliveries', depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if ((doc as { status?: string } | null)?.status === 'sending') {
    throw new APIError('送信中の配信は削除できません。先に取り消してください。', 409, undefined, true)
  }
}

export const deleteBatches: CollectionAfterDeleteHook = async ({ id, req }) => {
  await deleteBatchesOf(req.payload, id, req)
}
