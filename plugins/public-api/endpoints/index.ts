import type { Endpoint } from 'payload'

import type { ApiContext } from '../context'

import { sendPreflight } from '../http/prepared'
import { openApiEndpoint } from './openapi'
import { storyEndpoints } from './stories'
import { subsidyDetailEndpoint, subsidyListEndpoint } from './subsidies'

/** Every GET endpoint of the API, each with its CORS preflight. */
export const apiEndpoints = (ctx: ApiContext): Endpoint[] => {
  const getters = [subsidyListEndpoint(ctx), subsidyDetailEndpoint(ctx), ...storyEndpoints(ctx), openApiEndpoint(ctx)]
  const preflights: Endpoint[] = getters.map((endpoint) => ({
    handler: async () => sendPreflight(),
    method: 'options',
    path: endpoint.path,
  }))
  return [...getters, ...preflights]
}
