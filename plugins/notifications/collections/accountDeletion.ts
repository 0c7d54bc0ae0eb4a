import type { CollectionBeforeDeleteHook } from 'payload'

import { STAFF_NOTICES } from '../constants'

/**
 * A deleted account takes its notices with it: they are that person's alone, and a notice must
 * point at a recipient (otherwise the still-referenced guard would refuse the account's deletion).
 */
export const deleteNoticesOfAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: STAFF_NOTICES, req, where: { recipient: { equals: id } } })
}
