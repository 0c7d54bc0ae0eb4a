import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPublicApiOptions } from '../types'
import type { MediaById } from './cards'
import type { PreparedBody } from './http'

import { ResponseCache } from './cache'
import { sendError } from './http'

export type ApiContext = {
  cache: ResponseCache<PreparedBody>
  options: ResolvedPublicApiOptions
}

export const createContext = (options: ResolvedPublicApiOptions): ApiContext => ({
  cache: new ResponseCache<PreparedBody>(options.cacheMaxEntries, options.cacheTtlMs),
  options,
})

/**
 * Runs a handler and turns an unexpected failure (the database gone, say) into a 503 JSON
 * answer: bad input is answered with 400/404 before any query, so a failure here is never the
 * client's fault, and the message never includes internals.
 */
export const guarded =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `public API: ${req.method} ${req.url} failed` })
      return sendError(503, 'Service temporarily unavailable')
    }
  }

export const searchParamsOf = (req: PayloadRequest): URLSearchParams =>
  new URL(req.url ?? 'http://localhost/').searchParams

/** Public image data (URL, alt, thumbnail) of media documents, by id. */
export const loadMedia = async (payload: Payload, ctx: ApiContext, ids: string[]): Promise<MediaById> => {
  const result: MediaById = new Map()
  if (!ids.length) return result
  const found = await payload.find({
    collection: ctx.options.slugs.media as 'media',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  const absolute = (url: unknown) =>
    typeof url === 'string' && url ? (url.startsWith('/') ? `${ctx.options.serverURL}${url}` : url) : null
  for (const doc of found.docs as Record<string, any>[]) {
    const url = absolute(doc.url)
    if (!url) continue
    result.set(String(doc.id), {
      alt: doc.alt ?? '',
      thumbnailUrl: absolute(doc.sizes?.thumbnail?.url),
      url,
    })
  }
  return result
}
