import type { CollectionConfig, PayloadHandler, PayloadRequest } from 'payload'

import { errorResponse } from '../errors/response'
import { coreT } from '../translations'
import { guardOf, markGuard } from './marker'

export const PREFERENCES_SLUG = 'payload-preferences'

const KEY_PATH = '/:key'

const keyOf = (req: PayloadRequest) => String(req.routeParams?.key ?? '')

/** Whether the user has a preference under the request's key. */
const hasOwnPreference = async (req: PayloadRequest): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: PREFERENCES_SLUG,
    overrideAccess: true,
    req,
    where: {
      and: [
        { key: { equals: keyOf(req) } },
        { 'user.value': { equals: req.user?.id } },
        { 'user.relationTo': { equals: req.user?.collection } },
      ],
    },
  })
  return totalDocs > 0
}

/**
 * The answer to give before Payload's own handler, or undefined to let it run. PostgreSQL cannot
 * compare or store text holding NUL, so such a key is refused (no preference is named so: 404 to
 * a read or delete, 400 to a write). Payload deletes with one adapter call that fails, as a 500,
 * when the user has no preference under the key (someone else's, or none): that is a 404 too.
 */
const refusalOf = async (req: PayloadRequest, method: string): Promise<Response | undefined> => {
  if (keyOf(req).includes('\u0000')) {
    if (method !== 'post') return errorResponse(404, coreT(req, 'notFound'))
    return errorResponse(400, coreT(req, 'nulCharacter', { field: 'key' }), { field: 'key' })
  }
  if (method === 'delete' && req.user && !(await hasOwnPreference(req))) return errorResponse(404, coreT(req, 'notFound'))
  return undefined
}

/** Wraps every endpoint of Payload's preferences that takes a key (read, write, delete) in `refusalOf`. */
export const guardPreferenceKeys = (collection: CollectionConfig): void => {
  if (!Array.isArray(collection.endpoints)) return
  collection.endpoints = collection.endpoints.map((endpoint) => {
    if (endpoint.path !== KEY_PATH || guardOf(endpoint.handler)) return endpoint
    const original = endpoint.handler
    const handler: PayloadHandler = async (req) => (await refusalOf(req, endpoint.method)) ?? original(req)
    return { ...endpoint, handler: markGuard('preferenceKey', handler) }
  })
}
