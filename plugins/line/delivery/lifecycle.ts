import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { notifyApprovers } from '../approval/notify'
import { auditDelivery } from './audit'
import { isDue } from './due'
import { nudgeDelivery } from './runner'

/** Sends a due delivery right away instead of at the next scheduler tick; tells approvers of a new request. */
export const startWhenDue =
  (options: ResolvedLineOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (options.disabled || operation !== 'create') return doc
    // In the request's transaction: the request and its entry are stored together or not at all.
    const note = doc.municipalityOverride ? lineT(undefined, 'auditOutsideTargetNote') : null
    await auditDelivery({ payload: req.payload, req }, 'sendRequested', doc, { note })
    if (isDue(doc, new Date(Date.now() + 1000))) nudgeDelivery(req.payload, doc.id)
    if (doc.status === 'awaiting_approval') void notifyApprovers(req, doc)
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
