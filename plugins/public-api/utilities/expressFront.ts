import type { Express } from 'express'

import type { ApiContext } from './context'

import { cacheKeyFor } from './cacheKeys'
import { preparedHead } from './http'

/**
 * In front of Payload on the express server: answers cache hits before the request reaches
 * Payload (building a PayloadRequest — auth, i18n, Web Request conversion — costs several times
 * more than the answer itself), and 404s paths with a broken percent-escape, on which Payload's
 * decodeURIComponent would throw a 500. Misses go on to the Payload endpoints, which fill the cache.
 */
export const mountExpressFront = (app: Express, prefix: string, ctx: ApiContext) => {
  app.use(prefix, (req, res, next) => {
    try {
      decodeURIComponent(req.path)
    } catch {
      res
        .status(404)
        .set({ 'access-control-allow-origin': '*', 'cache-control': 'no-store' })
        .json({ details: [{ message: 'malformed percent-encoding in the path', parameter: 'slug' }], error: 'Not found' })
      return
    }
    if (req.method !== 'GET') return next()
    const url = new URL(req.originalUrl, 'http://localhost')
    const key = cacheKeyFor(url.pathname.slice(prefix.length), url.searchParams)
    const prepared = key ? ctx.cache.get(key) : undefined
    if (!prepared) return next()
    const { headers, status } = preparedHead(req.headers['if-none-match'], prepared, ctx.options.maxAgeSeconds)
    res.status(status).set(headers)
    res.end(status === 304 ? undefined : prepared.body)
  })
}
