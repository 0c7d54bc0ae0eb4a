import type { CollectionConfig, Endpoint, PayloadHandler } from 'payload'

import { errorResponse } from '../errors/response'
import { type CoreTranslationKey, coreT } from '../translations'
import { guardOf, markGuard } from './marker'

const absent =
  (key: CoreTranslationKey): PayloadHandler =>
  (req) =>
    errorResponse(404, coreT(req, key))

const endpoint = (method: Endpoint['method'], path: string, key: CoreTranslationKey): Endpoint =>
  markGuard('absentFeature', { handler: absent(key), method, path })

const keepsVersions = (collection: CollectionConfig) => Boolean(collection.versions)

const verifiesEmail = (collection: CollectionConfig) => typeof collection.auth === 'object' && Boolean(collection.auth.verify)

/**
 * 404 for Payload's routes of features a collection does not have: `/versions` of a collection
 * without version history and `/verify/:token` of an auth collection without e-mail verification
 * query tables and columns that do not exist, a 500. Placed before Payload's own endpoints, which
 * answer them otherwise. A second install changes nothing.
 */
export const withAbsentFeatureEndpoints = (collection: CollectionConfig): CollectionConfig => {
  // Payload answers every request to a collection without REST endpoints (migrations) 501, a server
  // fault; with none listed it answers the 404 of any unknown route.
  if (collection.endpoints === false) return { ...collection, endpoints: [] }
  if ((collection.endpoints ?? []).some((e) => guardOf(e) === 'absentFeature')) return collection
  const added = [
    ...(keepsVersions(collection)
      ? []
      : [
          endpoint('get', '/versions', 'noVersions'),
          endpoint('get', '/versions/:id', 'noVersions'),
          endpoint('post', '/versions/:id', 'noVersions'),
        ]),
    ...(collection.auth && !verifiesEmail(collection) ? [endpoint('post', '/verify/:id', 'noVerification')] : []),
  ]
  return added.length ? { ...collection, endpoints: [...added, ...(collection.endpoints ?? [])] } : collection
}
