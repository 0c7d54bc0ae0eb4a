import type { Endpoint } from 'payload'

import type { PublicAnswers } from '../answers'
import type { ApiContext } from '../context'

import { feedEndpoints } from '../feeds/endpoints'
import { sendPreflight } from '../http/prepared'
import { detailEndpoint, listEndpoint } from './cached'
import { openApiEndpoint } from './openapi'

/** Every GET endpoint of the API, each with its CORS preflight. */
export const apiEndpoints = (ctx: ApiContext, answers: PublicAnswers): Endpoint[] => {
  const { stories, subsidies } = answers
  const getters = [
    listEndpoint(ctx, '/subsidies', subsidies.list),
    // Before the detail: `/subsidies/:slug` would take `feed.xml` and `deadlines.ics` for slugs.
    ...feedEndpoints(ctx),
    detailEndpoint(ctx, '/subsidies', subsidies.detail),
    ...(stories ? [listEndpoint(ctx, '/stories', stories.list), detailEndpoint(ctx, '/stories', stories.detail)] : []),
    listEndpoint(ctx, '/diagnosis', answers.diagnosis),
    openApiEndpoint(ctx),
  ]
  const preflights: Endpoint[] = getters.map((endpoint) => ({
    handler: async () => sendPreflight(),
    method: 'options',
    path: endpoint.path,
  }))
  return [...getters, ...preflights]
}
