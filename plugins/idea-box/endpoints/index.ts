import type { Endpoint } from 'payload'

import { recountEndpoint } from './recount'
import { viewsEndpoint } from './views'

export const ideaEndpoints = (): Endpoint[] => [viewsEndpoint(), recountEndpoint()]
