import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiContext } from '../utilities/context'

import { DETAIL_PARAMS, SLUG_PATTERN, SUBSIDY_LIST_PARAMS } from '../params/definitions'
import { parseParams } from '../params/parse'
import {
  mediaIdsOf,
  STORY_CARD_SELECT,
  SUBSIDY_CARD_SELECT,
  toStoryCard,
  toSubsidyCard,
  toSubsidyDetail,
} from '../utilities/cards'
import { cacheKeyFor } from '../utilities/cacheKeys'
import { guarded, loadMedia, searchParamsOf } from '../utilities/context'
import { prepareBody, sendError, sendPrepared } from '../utilities/http'
import { buildSubsidyWhere, subsidySort } from '../utilities/subsidyWhere'

const slugRegExp = new RegExp(SLUG_PATTERN)

/** `GET /subsidies`: cards of published programmes, filtered, sorted and paginated. */
export const subsidyListEndpoint = (ctx: ApiContext): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), SUBSIDY_LIST_PARAMS)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const now = new Date()
    const key = cacheKeyFor('/subsidies', searchParamsOf(req), now)!
    let prepared = ctx.cache.get(key)
    if (!prepared) {
      const generation = ctx.cache.currentGeneration()
      const { closingSoonDays, slugs } = ctx.options
      const page = parsed.values.page as number
      const limit = parsed.values.limit as number
      const result = await req.payload.find({
        collection: slugs.subsidies as 'subsidies',
        depth: 0,
        draft: false,
        limit,
        overrideAccess: true,
        page,
        select: SUBSIDY_CARD_SELECT,
        sort: subsidySort(parsed.values.sort),
        where: buildSubsidyWhere(parsed.values, { closingSoonDays, now }),
      })
      prepared = prepareBody({
        docs: result.docs.map((doc) => toSubsidyCard(doc as Record<string, unknown>, now, closingSoonDays)),
        limit,
        page,
        totalDocs: result.totalDocs,
        totalPages: Math.max(1, Math.ceil(result.totalDocs / limit)),
      })
      ctx.cache.set(key, prepared, generation)
    }
    return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
  }),
  method: 'get',
  path: `${ctx.options.basePath}/subsidies`,
})

/** `GET /subsidies/:slug`: one published programme with its rendered text and founders who used it. */
export const subsidyDetailEndpoint = (ctx: ApiContext): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), DETAIL_PARAMS)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const slug = String(req.routeParams?.slug ?? '')
    const notFound = () =>
      sendError(404, 'Programme not found', [{ message: `no published programme "${slug.slice(0, 100)}"`, parameter: 'slug' }])
    if (!slugRegExp.test(slug)) return notFound()

    const now = new Date()
    const key = cacheKeyFor(`/subsidies/${slug}`, searchParamsOf(req), now)!
    let prepared = ctx.cache.get(key)
    if (!prepared) {
      const generation = ctx.cache.currentGeneration()
      const { closingSoonDays, slugs } = ctx.options
      const found = await req.payload.find({
        collection: slugs.subsidies as 'subsidies',
        depth: 0,
        draft: false,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      })
      const doc = found.docs[0] as Record<string, any> | undefined
      if (!doc) return notFound()
      const relatedIds = (Array.isArray(doc.relatedStories) ? doc.relatedStories : []).map((r: unknown) =>
        typeof r === 'object' && r ? (r as { id: unknown }).id : r,
      )
      const stories = await req.payload.find({
        collection: slugs.stories as 'founder-stories',
        depth: 0,
        draft: false,
        limit: 50,
        overrideAccess: true,
        pagination: false,
        select: STORY_CARD_SELECT,
        sort: ['-foundingYear', 'id'],
        where: {
          and: [
            { _status: { equals: 'published' } },
            {
              or: [
                { programmes: { in: [doc.id] } },
                ...(relatedIds.length ? [{ id: { in: relatedIds } }] : []),
              ],
            },
          ],
        },
      })
      const storyDocs = stories.docs as Record<string, any>[]
      const media = await loadMedia(req.payload, ctx, mediaIdsOf(storyDocs, 'portrait'))
      prepared = prepareBody(
        toSubsidyDetail(doc, { closingSoonDays, now, stories: storyDocs.map((s) => toStoryCard(s, media)) }),
      )
      ctx.cache.set(key, prepared, generation)
    }
    return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
  }),
  method: 'get',
  path: `${ctx.options.basePath}/subsidies/:slug`,
})
