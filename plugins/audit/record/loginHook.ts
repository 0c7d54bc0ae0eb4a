import type { CollectionAfterLoginHook } from 'payload'

import { documentTitleOf, recordAuditEvent } from '@akita-dx/plugin-core'

import type { ResolvedAuditOptions } from '../types'

/** Every successful login of a staff member, as that member (the request has no user yet). */
export const auditLogin =
  (options: ResolvedAuditOptions): CollectionAfterLoginHook =>
  async ({ collection, req, user }) => {
    if (!options.organisation.isStaffUser({ ...user, collection: collection.slug })) return user
    await recordAuditEvent(
      { payload: req.payload, req },
      {
        action: 'login',
        collection: collection.slug,
        documentId: user.id,
        documentTitle: documentTitleOf(req.payload, collection.slug, user),
        user,
      },
    )
    return user
  }
