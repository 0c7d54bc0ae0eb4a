import type { Express, Response } from 'express'

import type { ApiContext } from './context'
import type { PreparedBody } from './http'

import { cacheKeyFor } from './cacheKeys'
import { JSON_CONTENT_TYPE, notModified, publicCacheControl } from './http'
import { RawKeyIndex } from './rawKeyIndex'

/** Raw URLs remembered per cached answer: a few spellings of each query fit. */
const RAW_URLS_PER_ENTRY = 4

/**
 * In front of Payload on the express server: answers cache hits before the request reaches
 * Payload (building a PayloadRequest — auth, i18n, Web Request conversion — costs several times
 * more than the answer itself), and 404s paths with a broken percent-escape, on which Payload's
 * decodeURIComponent would throw a 500. Misses go on to the Payload endpoints, which fill the cache.
 *
 * A hit is the hot path of the API, so it does as little as it can: the raw URL finds the
 * normalised key without parsing the query (RawKeyIndex), and the answer is written with
 * `writeHead` and a header list built once, skipping express's per-header `res.set` work.
 */
export const mountExpressFront = (app: Express, prefix: string, ctx: ApiContext) => {
  const rawKeys = new RawKeyIndex(Math.max(0, ctx.options.cacheMaxEntries) * RAW_URLS_PER_ENTRY)
  const common = [
    'access-control-allow-origin',
    '*',
    'access-control-expose-headers',
    'ETag',
    'cache-control',
    publicCacheControl(ctx.options.maxAgeSeconds),
    'x-content-type-options',
    'nosniff',
  ]
  const send = (res: Response, ifNoneMatch: string | undefined, prepared: PreparedBody) => {
    if (ifNoneMatch && notModified(ifNoneMatch, prepared.etag)) {
      res.writeHead(304, [...common, 'etag', prepared.etag])
      res.end()
      return
    }
    res.writeHead(200, [
      ...common,
      'content-type',
      JSON_CONTENT_TYPE,
      'etag',
      prepared.etag,
      'content-length',
      String(prepared.body.length),
    ])
    res.end(prepared.body)
  }

  app.use(prefix, (req, res, next) => {
    if (req.method === 'GET') {
      const known = rawKeys.get(req.originalUrl)
      const prepared = known === undefined ? undefined : ctx.cache.get(known)
      if (prepared) return send(res, req.headers['if-none-match'], prepared)
    }
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
    const now = Date.now()
    const url = new URL(req.originalUrl, 'http://localhost')
    const key = cacheKeyFor(url.pathname.slice(prefix.length), url.searchParams, new Date(now))
    if (!key) return next()
    rawKeys.set(req.originalUrl, key, now)
    const prepared = ctx.cache.get(key)
    if (!prepared) return next()
    send(res, req.headers['if-none-match'], prepared)
  })
}
