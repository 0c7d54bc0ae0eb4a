import type { CollectionConfig, PayloadHandler, Where } from 'payload'

import { errorResponse } from '../errors/response'
import { coreT } from '../translations'
import { guardOf, markGuard } from './marker'

const FILE_PATH = '/file/:filename'

/** The documents that hold a file of this name: the original or one of its image sizes. */
const holdersOf = (collection: CollectionConfig, filename: string): Where => {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const sizes = (upload.imageSizes ?? []).map((size): Where => ({ [`sizes.${size.name}.filename`]: { equals: filename } }))
  return { or: [{ filename: { equals: filename } }, ...sizes] }
}

/**
 * Payload answers a file that is not on the disk with a 500, which is right for a document whose
 * file went missing but not for a name no document has (a guess, a typo): that is a 404, answered
 * before Payload looks at the disk.
 */
export const guardFileReads = (collection: CollectionConfig): void => {
  if (!collection.upload || !Array.isArray(collection.endpoints)) return
  collection.endpoints = collection.endpoints.map((endpoint) => {
    if (endpoint.method !== 'get' || endpoint.path !== FILE_PATH || guardOf(endpoint.handler)) return endpoint
    const original = endpoint.handler
    const handler: PayloadHandler = async (req) => {
      const filename = String(req.routeParams?.filename ?? '')
      // PostgreSQL cannot compare text holding NUL; no file is named so anyway.
      if (filename.includes('\u0000')) return errorResponse(404, coreT(req, 'notFound'))
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        overrideAccess: true,
        req,
        where: holdersOf(collection, filename),
      })
      return totalDocs ? original(req) : errorResponse(404, coreT(req, 'notFound'))
    }
    return { ...endpoint, handler: markGuard('fileRead', handler) }
  })
}
