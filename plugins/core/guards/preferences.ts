import type { CollectionConfig, PayloadHandler } from 'payload'

import { errorResponse } from '../errors/response'
import { coreT } from '../translations'
import { guardOf, markGuard } from './marker'

export const PREFERENCES_SLUG = 'payload-preferences'

/**
 * Payload deletes a preference with one adapter call that fails, as a 500, when the user has no
 * preference under that key (someone else's, or none). Answered 404 instead, before that call.
 */
export const guardPreferenceDeletes = (collection: CollectionConfig): void => {
  if (!Array.isArray(collection.endpoints)) return
  collection.endpoints = collection.endpoints.map((endpoint) => {
    if (endpoint.method !== 'delete' || endpoint.path !== '/:key' || guardOf(endpoint.handler)) return endpoint
    const original = endpoint.handler
    const handler: PayloadHandler = async (req) => {
      if (!req.user) return original(req)
      const { totalDocs } = await req.payload.count({
        collection: PREFERENCES_SLUG,
        overrideAccess: true,
        req,
        where: {
          and: [
            { key: { equals: String(req.routeParams?.key ?? '') } },
            { 'user.value': { equals: req.user.id } },
            { 'user.relationTo': { equals: req.user.collection } },
          ],
        },
      })
      return totalDocs ? original(req) : errorResponse(404, coreT(req, 'notFound'))
    }
    return { ...endpoint, handler: markGuard('preferenceDelete', handler) }
  })
}
