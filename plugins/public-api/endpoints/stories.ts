import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiContext } from '../utilities/context'

import { DETAIL_PARAMS, SLUG_PATTERN, STORY_LIST_PARAMS } from '../params/definitions'
import { parseParams } from '../params/parse'
import { mediaIdsOf, STORY_CARD_SELECT, SUBSIDY_CARD_SELECT, toStoryCard, toStoryDetail, toSubsidyCard } from '../utilities/cards'
import { cacheKeyFor } from '../utilities/cacheKeys'
import { guarded, loadMedia, searchParamsOf } from '../utilities/context'
import { prepareBody, sendError, sendPrepared } from '../utilities/http'
import { storyWhere } from '../utilities/subsidyWhere'

const slugRegExp = new RegExp(SLUG_PATTERN)

/** `GET /stories`: published founder stories, newest founding first. */
export const storyListEndpoint = (ctx: ApiContext): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), STORY_LIST_PARAMS)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const key = cacheKeyFor('/stories', searchParamsOf(req))!
    let prepared = ctx.cache.get(key)
    if (!prepared) {
      const generation = ctx.cache.currentGeneration()
      const page = parsed.values.page as number
      const limit = parsed.values.limit as number
      const result = await req.payload.find({
        collection: ctx.options.slugs.stories as 'founder-stories',
        depth: 0,
        draft: false,
        limit,
        overrideAccess: true,
        page,
        select: STORY_CARD_SELECT,
        sort: ['-foundingYear', 'id'],
        where: storyWhere(parsed.values),
      })
      const docs = result.docs as Record<string, any>[]
      const media = await loadMedia(req.payload, ctx, mediaIdsOf(docs, 'portrait'))
      prepared = prepareBody({
        docs: docs.map((doc) => toStoryCard(doc, media)),
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
  path: `${ctx.options.basePath}/stories`,
})

/** `GET /stories/:slug`: one published story with the published programmes the founder used. */
export const storyDetailEndpoint = (ctx: ApiContext): Endpoint => ({
  handler: guarded(async (req: PayloadRequest) => {
    const parsed = parseParams(searchParamsOf(req), DETAIL_PARAMS)
    if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
    const slug = String(req.routeParams?.slug ?? '')
    const notFound = () =>
      sendError(404, 'Story not found', [{ message: `no published story "${slug.slice(0, 100)}"`, parameter: 'slug' }])
    if (!slugRegExp.test(slug)) return notFound()

    const now = new Date()
    const key = cacheKeyFor(`/stories/${slug}`, searchParamsOf(req), now)!
    let prepared = ctx.cache.get(key)
    if (!prepared) {
      const generation = ctx.cache.currentGeneration()
      const { closingSoonDays, slugs } = ctx.options
      const found = await req.payload.find({
        collection: slugs.stories as 'founder-stories',
        depth: 0,
        draft: false,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      })
      const doc = found.docs[0] as Record<string, any> | undefined
      if (!doc) return notFound()
      const programmeIds = (Array.isArray(doc.programmes) ? doc.programmes : []).map((p: unknown) =>
        typeof p === 'object' && p ? (p as { id: unknown }).id : p,
      )
      const programmes = programmeIds.length
        ? await req.payload.find({
            collection: slugs.subsidies as 'subsidies',
            depth: 0,
            draft: false,
            limit: 100,
            overrideAccess: true,
            pagination: false,
            select: SUBSIDY_CARD_SELECT,
            sort: ['sortDeadline', 'id'],
            where: { and: [{ _status: { equals: 'published' } }, { id: { in: programmeIds } }] },
          })
        : { docs: [] }
      const media = await loadMedia(req.payload, ctx, mediaIdsOf([doc], 'portrait'))
      prepared = prepareBody(
        toStoryDetail(
          doc,
          media,
          (programmes.docs as Record<string, unknown>[]).map((p) => toSubsidyCard(p, now, closingSoonDays)),
        ),
      )
      ctx.cache.set(key, prepared, generation)
    }
    return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
  }),
  method: 'get',
  path: `${ctx.options.basePath}/stories/:slug`,
})
