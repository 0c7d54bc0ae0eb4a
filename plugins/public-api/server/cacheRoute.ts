import type { ServerResponse } from 'node:http'

import { type ServerRoute, sendError } from '@akita-dx/plugin-core'

import type { PublicAnswers } from '../answers'
import type { ApiContext } from '../context'
import type { PreparedBody } from '../http/prepared'

import { ERROR_HEADERS } from '../http/errors'
import { JSON_CONTENT_TYPE, notModified, publicCacheControl } from '../http/prepared'
import { RawKeyIndex } from '../cache/rawKeyIndex'
import { publicApiT } from '../translations'
import { missOutsidePayload } from './missOutsidePayload'

/** Raw URLs remembered per cached answer: a few spellings of each query fit. */
const RAW_URLS_PER_ENTRY = 4

const pathOf = (url: string) => {
  const query = url.indexOf('?')
  return query < 0 ? url : url.slice(0, query)
}

/**
 * In front of Payload on the server: answers cache hits before the request reaches Payload
 * (building a PayloadRequest — auth, i18n, Web Request conversion — costs several times more
 * than the answer itself), and 404s paths with a broken percent-escape, on which Payload's
 * decodeURIComponent would throw a 500. Misses of the lists the search index answers are built
 * here too (missOutsidePayload); the rest pass to the Payload endpoints, which fill the cache.
 *
 * A hit is the hot path of the API, so it does as little as it can: the raw URL finds the
 * normalised key without parsing the query (RawKeyIndex), and the answer is written with
 * `writeHead` and a header list built once.
 */
export const cacheRoute = (ctx: ApiContext, prefix: string, answers: PublicAnswers): ServerRoute => {
  const miss = missOutsidePayload(ctx, answers)
  const rawKeys = new RawKeyIndex(ctx.options.cacheMaxEntries * RAW_URLS_PER_ENTRY)
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
  const send = (res: ServerResponse, ifNoneMatch: string | undefined, prepared: PreparedBody) => {
    if (notModified(ifNoneMatch, prepared.etag)) {
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

  return {
    handler: async (req, res, { payload, url }) => {
      if (req.method === 'GET') {
        const known = rawKeys.get(url)
        const prepared = known === undefined ? undefined : ctx.cache.get(known)
        if (prepared) return send(res, req.headers['if-none-match'], prepared)
      }
      try {
        decodeURIComponent(pathOf(url))
      } catch {
        sendError(res, 404, publicApiT(undefined, 'malformedPath'), ERROR_HEADERS, 'slug')
        return
      }
      if (req.method !== 'GET') return 'pass'
      const now = Date.now()
      const parsed = new URL(url, 'http://localhost')
      const route = parsed.pathname.slice(prefix.length)
      const key = ctx.cacheKeyFor(route, parsed.searchParams, new Date(now))
      if (!key) return 'pass'
      rawKeys.set(url, key, now)
      const prepared = ctx.cache.get(key) ?? (await miss(payload, route, parsed.searchParams))
      if (!prepared) return 'pass'
      send(res, req.headers['if-none-match'], prepared)
    },
    method: '*',
    name: 'public-api-cache',
    path: prefix,
    prefix: true,
  }
}
