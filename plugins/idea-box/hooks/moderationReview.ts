import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { CONTEXT_SKIP_COUNTERS, IDEA_FLAGS } from '../constants'
import { setFields } from '../utilities/counters'

/**
 * An admin deciding to hide or restore an item settles the reports on it: they are marked
 * reviewed and the open-report counter starts again from zero, so a restored item is not hidden
 * again by the reports that were just dismissed.
 */
export const moderationReview =
  (collection: CollectionSlug, targetKind: 'comment' | 'idea'): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || doc.moderation === previousDoc?.moderation) return doc
    if (doc.moderation === 'pending') return doc
    await req.payload.update({
      collection: IDEA_FLAGS,
      context: { [CONTEXT_SKIP_COUNTERS]: true },
      data: { reviewedAt: new Date().toISOString(), reviewedBy: req.user?.id ?? null, status: 'reviewed' },
      overrideAccess: true,
      req,
      where: { and: [{ targetKey: { equals: `${targetKind}:${doc.id}` } }, { status: { equals: 'open' } }] },
    })
    await setFields(req, collection, doc.id, { openFlagsCount: 0 })
    return { ...doc, openFlagsCount: 0 }
  }
