import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiContext } from '../context'
import type { ParamDefinition, ParamValue } from '../params/types'
import type { PublicApiMessage } from '../translations'

import { type Answer, Failure, failed, guardedAnswer, paramFailure, sendAnswer } from '../answers/answer'
import { searchParamsOf } from '../http/errors'
import { type PreparedBody, prepareBody } from '../http/prepared'
import { SLUG_PATTERN } from '../params/definitions'
import { parseParams } from '../params/parse'
import { publicApiT } from '../translations'

const slugRegExp = new RegExp(SLUG_PATTERN)

/** A list answer for a query string; a detail answer for a query string and a slug. */
export type ListAnswer = (req: PayloadRequest, search: URLSearchParams) => Promise<Answer>
export type DetailAnswer = (req: PayloadRequest, search: URLSearchParams, slug: string) => Promise<Answer>

/**
 * The answer for `key` from the cache, or built by `build` and cached. The generation is taken
 * before the database is read, so an answer built across a write is given but not stored. `build`
 * may return a Failure instead (a 404), which is given as it is and never cached.
 */
export const cachedAnswer = async <T>(
  ctx: ApiContext,
  key: string,
  build: () => Promise<Failure | T>,
  prepare: (value: T) => PreparedBody = prepareBody,
): Promise<Answer> => {
  const hit = ctx.cache.get(key)
  if (hit) return { ok: true, prepared: hit }
  const generation = ctx.cache.currentGeneration()
  const value = await build()
  if (value instanceof Failure) return failed(value)
  const prepared = prepare(value)
  ctx.cache.set(key, prepared, generation)
  return { ok: true, prepared }
}

/** A page of a list answer: the cards and the pagination every list shares. */
export const listPage = <T>(docs: T[], totalDocs: number, page: number, limit: number) => ({
  docs,
  limit,
  page,
  totalDocs,
  totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
})

export type ListPage<T> = ReturnType<typeof listPage<T>>

type Route = '/diagnosis' | '/stories' | '/subsidies'

type Values = Record<string, ParamValue>

/**
 * A cached answer to a query string: validates it (400 naming each bad parameter), then answers
 * from the cache under `keyOf`, or from `build` with the parsed values (prepared as JSON unless told).
 */
export const cachedQuery = <T>(
  ctx: ApiContext,
  query: {
    build: (req: PayloadRequest, values: Values, now: Date) => Promise<Failure | T>
    keyOf: (values: Values, search: URLSearchParams, now: Date) => string
    params: readonly ParamDefinition[]
    prepare?: (value: T) => PreparedBody
  },
): ListAnswer =>
  guardedAnswer(async (req: PayloadRequest, search: URLSearchParams) => {
    const parsed = parseParams(search, query.params)
    if (!parsed.ok) return paramFailure(req, parsed.errors)
    const now = new Date()
    return cachedAnswer(ctx, query.keyOf(parsed.values, search, now), () => query.build(req, parsed.values, now), query.prepare)
  })

/** A cached list of a served route: its key is the one the cache route finds it by. */
export const cachedList = (
  ctx: ApiContext,
  route: Route,
  params: readonly ParamDefinition[],
  build: (req: PayloadRequest, values: Values, now: Date) => Promise<unknown>,
): ListAnswer => cachedQuery(ctx, { build, keyOf: (_values, search, now) => ctx.cacheKeyFor(route, search, now)!, params })

type DetailOptions = {
  build: (req: PayloadRequest, doc: Record<string, any>, now: Date) => Promise<unknown>
  collection: string
  notFound: PublicApiMessage
  route: Route
  slugField: string
}

/** A cached detail: one public document of `collection` by its slug field, 404 (never cached) when there is none. */
export const cachedDetail = (ctx: ApiContext, options: DetailOptions): DetailAnswer =>
  guardedAnswer(async (req: PayloadRequest, search: URLSearchParams, slug: string) => {
    const parsed = parseParams(search, ctx.params.detail)
    if (!parsed.ok) return paramFailure(req, parsed.errors)
    const notFound = new Failure(404, [{ field: 'slug', message: publicApiT(req, options.notFound, { slug: slug.slice(0, 100) }) }])
    if (!slugRegExp.test(slug)) return failed(notFound)

    const now = new Date()
    return cachedAnswer(ctx, ctx.cacheKeyFor(`${options.route}/${slug}`, search, now)!, async () => {
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
      return doc ? options.build(req, doc, now) : notFound
    })
  })

/** The GET endpoint at `<basePath><route>` of a list answer. */
export const listEndpoint = (ctx: ApiContext, route: Route, answer: ListAnswer): Endpoint => ({
  handler: async (req) => sendAnswer(req, await answer(req, searchParamsOf(req)), ctx.options.maxAgeSeconds),
  method: 'get',
  path: `${ctx.options.basePath}${route}`,
})

/** The GET endpoint at `<basePath><route>/:slug` of a detail answer. */
export const detailEndpoint = (ctx: ApiContext, route: Route, answer: DetailAnswer): Endpoint => ({
  handler: async (req) =>
    sendAnswer(req, await answer(req, searchParamsOf(req), String(req.routeParams?.slug ?? '')), ctx.options.maxAgeSeconds),
  method: 'get',
  path: `${ctx.options.basePath}${route}/:slug`,
})
