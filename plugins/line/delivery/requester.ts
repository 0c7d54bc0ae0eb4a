import type { Payload } from 'payload'

import { idOf } from '@akita-dx/plugin-core/shared'

import { LINE_USER_ID_PATTERN } from '../constants'
import { lineOptionsOf } from '../options'

/** The linked LINE ids of whoever requested a delivery: a test send's only recipients, and where its decision is told. */
export const requesterLineIds = async (payload: Payload, delivery: { requestedBy?: unknown }): Promise<string[]> => {
  const requester = idOf(delivery.requestedBy)
  if (requester === null) return []
  const user = (await payload.findByID({
    collection: lineOptionsOf(payload).organisation.users,
    depth: 0,
    disableErrors: true,
    id: requester,
    overrideAccess: true,
  })) as { lineUserIds?: null | string[] } | null
  return [...new Set((user?.lineUserIds ?? []).filter((id) => LINE_USER_ID_PATTERN.test(id)))]
}
