import type { Payload, Where } from 'payload'

import { SLUGS } from '../constants'

const PAGE = 1000

/** The residents who follow the account and match `where`, a page at a time in id order. */
export async function* followingPages<T>(payload: Payload, select: Record<string, true>, where?: Where): AsyncGenerator<T[]> {
  for (let page = 1; ; page += 1) {
    const found = await payload.find({
      collection: SLUGS.subscribers,
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      page,
      select,
      sort: 'id',
      where: { and: [{ followState: { equals: 'following' } }, ...(where ? [where] : [])] },
    })
    yield found.docs as unknown as T[]
    if (!found.hasNextPage) return
  }
}
