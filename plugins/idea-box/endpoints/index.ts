import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint } from 'payload'

import { recountEndpoint } from './recount'
import { viewsEndpoint } from './views'

/** The endpoints of the ideas collection (under /api/ideas). */
export const ideaEndpoints = (organisation: Organisation): Endpoint[] => [viewsEndpoint(organisation), recountEndpoint(organisation)]
