import type { Endpoint, PayloadRequest } from 'payload'

import type { ParamDefinition, ParamValue } from '../params/types'
import type { ApiContext } from './context'

import { DETAIL_PARAMS, SLUG_PATTERN } from '../params/definitions'
import { parseParams } from '../params/parse'
import { cacheKeyFor } from './cacheKeys'
import { guarded, searchParamsOf } from './context'
import { prepareBody, sendError, sendPrepared } from './http'

const slugRegExp = new RegExp(SLUG_PATTERN)

/**
 * The answer for `key` from the cache, or built by `build` and cached. The generation is taken
 * before the database is read, so an answer built across a write is sent but not stored. `build`
 * may return a Response instead (a 404), which is sent as it is and never cached.
 */
const sendCached = async (
  req: PayloadRequest,
  ctx: ApiContext,
  key: string,
  build: () => Promise<Response | unknown>,
): Promise<Response> => {
  let prepared = ctx.cache.get(key)
  if (!prepared) {
    const generation = ctx.cache.currentGeneration()
    const value = await build()
    if (value instanceof Response) return value
    prepared = prepareBody(value)
    ctx.cache.set(key, prepared, generation)
  }
  return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
}

/** A page of a list answer: the cards and the pagination every list shares. */
export const listPage = (docs: unknown[], totalDocs: number, page: number, limit: number) => ({
  docs,
  limit,
  page,
  totalDocs,
  totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
})

/**
 * A cached GET list endpoint at `<basePath><route>`: validates the query (400 naming each bad
 * parameter), then answers from the cache or from `build` with the parsed values.
 */
export const cachedListEndpoint = (
  ctx: ApiContext,
  route: '/stories' | '/subsidies',
  params: readonly ParamDefinition[],
  build: (req: PayloadRequest, values: Record<string, ParamValue>, now: Date) => Promise<unknown>,
): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), params)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const now = new Date()
    const key = cacheKeyFor(route, searchParamsOf(req), now)!
    return sendCached(req, ctx, key, () => build(req, parsed.values, now))
  }),
  method: 'get',
  path: `${ctx.options.basePath}${route}`,
})

/**
 * A cached GET detail endpoint at `<basePath><route>/:slug`: one published document of
 * `collection` by slug, 404 (`notFoundError`, never cached) when there is none, else the answer
 * `build` makes of it.
 */
export const cachedDetailEndpoint = (
  ctx: ApiContext,
  options: {
    build: (req: PayloadRequest, doc: Record<string, any>, now: Date) => Promise<unknown>
    collection: string
    /** What is missing, e.g. 'programme'; the error is `<Noun> not found`. */
    noun: string
    route: '/stories' | '/subsidies'
  },
): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), DETAIL_PARAMS)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const slug = String(req.routeParams?.slug ?? '')
    const { noun } = options
    const notFound = () =>
      sendError(404, `${noun[0].toUpperCase()}${noun.slice(1)} not found`, [
        { message: `no published ${noun} "${slug.slice(0, 100)}"`, parameter: 'slug' },
      ])
    if (!slugRegExp.test(slug)) return notFound()

    const now = new Date()
    const key = cacheKeyFor(`${options.route}/${slug}`, searchParamsOf(req), now)!
    return sendCached(req, ctx, key, async () => {
      const found = await req.payload.find({
        collection: options.collection as 'subsidies',
        depth: 0,
        draft: false,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      })
      const doc = found.docs[0] as Record<string, any> | undefined
      return doc ? options.build(req, doc, now) : notFound()
    })
  }),
  method: 'get',
  path: `${ctx.options.basePath}${options.route}/:slug`,
})
