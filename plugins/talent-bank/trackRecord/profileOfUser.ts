import type { PayloadRequest } from 'payload'

import type { ID } from '@akita-dx/plugin-core/shared'

import { STAFF_PROFILES } from '../constants'

/** The person's profile if the caller may read it (its 公開範囲 and consent, through read access), else null. */
export const profileOfUser = async (req: PayloadRequest, userId: ID): Promise<null | { id: ID }> => {
  const found = await req.payload.find({
    collection: STAFF_PROFILES,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    select: { id: true },
    user: req.user,
    where: { user: { equals: userId } },
  })
  return (found.docs[0] as { id: ID } | undefined) ?? null
}
