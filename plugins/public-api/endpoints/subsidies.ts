import type { Endpoint } from 'payload'

import type { ApiContext } from '../utilities/context'

import { SUBSIDY_LIST_PARAMS } from '../params/definitions'
import {
  mediaIdsOf,
  STORY_CARD_SELECT,
  SUBSIDY_CARD_SELECT,
  toStoryCard,
  toSubsidyCard,
  toSubsidyDetail,
} from '../utilities/cards'
import { cachedDetailEndpoint, cachedListEndpoint, listPage } from '../utilities/cachedEndpoint'
import { loadMedia } from '../utilities/context'
import { buildSubsidyWhere, subsidySort } from '../utilities/subsidyWhere'

/** `GET /subsidies`: cards of published programmes, filtered, sorted and paginated. */
export const subsidyListEndpoint = (ctx: ApiContext): Endpoint =>
  cachedListEndpoint(ctx, '/subsidies', SUBSIDY_LIST_PARAMS, async (req, values, now) => {
    const { closingSoonDays, slugs } = ctx.options
    const page = values.page as number
    const limit = values.limit as number
    const result = await req.payload.find({
      collection: slugs.subsidies as 'subsidies',
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      page,
      select: SUBSIDY_CARD_SELECT,
      sort: subsidySort(values.sort),
      where: buildSubsidyWhere(values, { closingSoonDays, now }),
    })
    const cards = result.docs.map((doc) => toSubsidyCard(doc as Record<string, unknown>, now, closingSoonDays))
    return listPage(cards, result.totalDocs, page, limit)
  })

/** `GET /subsidies/:slug`: one published programme with its rendered text and founders who used it. */
export const subsidyDetailEndpoint = (ctx: ApiContext): Endpoint =>
  cachedDetailEndpoint(ctx, {
    build: async (req, doc, now) => {
      const { closingSoonDays, slugs } = ctx.options
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
      return toSubsidyDetail(doc, { closingSoonDays, now, stories: storyDocs.map((s) => toStoryCard(s, media)) })
    },
    collection: ctx.options.slugs.subsidies,
    noun: 'programme',
    route: '/subsidies',
  })
