import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint } from 'payload'

import { IDEA_FOLLOWS, IDEA_VOTES, IDEAS } from '../constants'
import { loadAny } from '../utilities/load'
import { toggleEndpoints } from './toggle'

/** POST / DELETE /api/ideas/:id/vote: the caller's vote, answered `{ voted, votesCount }`. */
export const voteEndpoints = (organisation: Organisation): Endpoint[] =>
  toggleEndpoints(organisation, {
    collection: IDEA_VOTES,
    owner: 'voter',
    path: 'vote',
    state: async (req, ideaId, voted) => ({
      voted,
      votesCount: Number((await loadAny(req, IDEAS, ideaId as number | string))?.votesCount ?? 0),
    }),
  })

/** POST / DELETE /api/ideas/:id/follow: whether the caller follows the idea, `{ following }`. */
export const followEndpoints = (organisation: Organisation): Endpoint[] =>
  toggleEndpoints(organisation, {
    collection: IDEA_FOLLOWS,
    owner: 'follower',
    path: 'follow',
    state: async (_req, _ideaId, following) => ({ following }),
  })
