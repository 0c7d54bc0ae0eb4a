import type { Endpoint } from 'payload'

import type { ResolvedIdeaBoxOptions } from '../types'

import { recountEndpoint } from './recount'
import { similarEndpoint } from './similar'
import { threadEndpoint } from './thread'
import { viewsEndpoint } from './views'
import { followEndpoints, voteEndpoints } from './voteFollow'

/** The endpoints of the ideas collection (under /api/ideas). */
export const ideaEndpoints = ({ organisation }: ResolvedIdeaBoxOptions): Endpoint[] => [
  viewsEndpoint(organisation),
  similarEndpoint(organisation),
  recountEndpoint(organisation),
  ...voteEndpoints(organisation),
  ...followEndpoints(organisation),
  threadEndpoint(organisation),
]
