import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiContext } from '../context'
import type { ParamDefinition, ParamValue } from '../params/types'
import type { PublicApiMessage } from '../translations'

import { prepareBody, sendPrepared } from '../http/prepared'
import { guarded, searchParamsOf, sendErrors, sendParamErrors } from '../http/errors'
import { SLUG_PATTERN } from '../params/definitions'
import { parseParams } from '../params/parse'
import { publicApiT } from '../translations'

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

type Route = '/stories' | '/subsidies'

/**
 * A cached GET list endpoint at `<basePath><route>`: validates the query (400 naming each bad
 * parameter), then answers from the cache or from `build` with the parsed values.
 */
export const cachedListEndpoint = (
  ctx: ApiContext,
  route: Route,
  params: readonly ParamDefinition[],
  build: (req: PayloadRequest, values: Record<string, ParamValue>, now: Date) => Promise<unknown>,
): Endpoint => ({
  handler: guarded(async (req) => {
    const search = searchParamsOf(req)
    const parsed = parseParams(search, params)
    if (!parsed.ok) return sendParamErrors(req, parsed.errors)
    const now = new Date()
    return sendCached(req, ctx, ctx.cacheKeyFor(route, search, now)!, () => build(req, parsed.values, now))
  }),
  method: 'get',
  path: `${ctx.options.basePath}${route}`,
})

/**
 * A cached GET detail endpoint at `<basePath><route>/:slug`: one public document of `collection`
 * by its slug field, 404 (never cached) when there is none, else the answer `build` makes of it.
 */
export const cachedDetailEndpoint = (
  ctx: ApiContext,
  options: {
    build: (req: PayloadRequest, doc: Record<string, any>, now: Date) => Promise<unknown>
    collection: string
    notFound: PublicApiMessage
    route: Route
    slugField: string
  },
): Endpoint => ({
  handler: guarded(async (req) => {
    const search = searchParamsOf(req)
    const parsed = parseParams(search, ctx.params.detail)
    if (!parsed.ok) return sendParamErrors(req, parsed.errors)
    const slug = String(req.routeParams?.slug ?? '')
    const notFound = () => sendErrors(404, [{ field: 'slug', message: publicApiT(req, options.notFound, { slug: slug.slice(0, 100) }) }])
    if (!slugRegExp.test(slug)) return notFound()

    const now = new Date()
    return sendCached(req, ctx, ctx.cacheKeyFor(`${options.route}/${slug}`, search, now)!, async () => {
      const found = await req.payload.find({
        collection: options.collection,
        depth: 0,
        draft: false,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ [options.slugField]: { equals: slug } }, ...ctx.published(options.collection)] },
      })
      const doc = found.docs[0] as Record<string, any> | undefined
      return doc ? options.build(req, doc, now) : notFound()
    })
  }),
  method: 'get',
  path: `${ctx.options.basePath}${options.route}/:slug`,
})
