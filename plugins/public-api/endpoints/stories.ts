import type { Endpoint } from 'payload'

import type { ApiContext } from '../utilities/context'

import { STORY_LIST_PARAMS } from '../params/definitions'
import { mediaIdsOf, STORY_CARD_SELECT, SUBSIDY_CARD_SELECT, toStoryCard, toStoryDetail, toSubsidyCard } from '../utilities/cards'
import { cachedDetailEndpoint, cachedListEndpoint, listPage } from '../utilities/cachedEndpoint'
import { loadMedia } from '../utilities/context'
import { storyWhere } from '../utilities/subsidyWhere'

/** `GET /stories`: published founder stories, newest founding first. */
export const storyListEndpoint = (ctx: ApiContext): Endpoint =>
  cachedListEndpoint(ctx, '/stories', STORY_LIST_PARAMS, async (req, values) => {
    const page = values.page as number
    const limit = values.limit as number
    const result = await req.payload.find({
      collection: ctx.options.slugs.stories as 'founder-stories',
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      page,
      select: STORY_CARD_SELECT,
      sort: ['-foundingYear', 'id'],
      where: storyWhere(values),
    })
    const docs = result.docs as Record<string, any>[]
    const media = await loadMedia(req.payload, ctx, mediaIdsOf(docs, 'portrait'))
    return listPage(
      docs.map((doc) => toStoryCard(doc, media)),
      result.totalDocs,
      page,
      limit,
    )
  })

/** `GET /stories/:slug`: one published story with the published programmes the founder used. */
export const storyDetailEndpoint = (ctx: ApiContext): Endpoint =>
  cachedDetailEndpoint(ctx, {
    build: async (req, doc, now) => {
      const { closingSoonDays, slugs } = ctx.options
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
      const cards = (programmes.docs as Record<string, unknown>[]).map((p) => toSubsidyCard(p, now, closingSoonDays))
      return toStoryDetail(doc, media, cards)
    },
    collection: ctx.options.slugs.stories,
    noun: 'story',
    route: '/stories',
  })
