import type { PayloadRequest, Where } from 'payload'

import type { ApiContext } from '../context'

import { loadMedia } from '../cards/media'
import { subsidySort, subsidyWhere } from '../queries/subsidies'
import { cachedDetail, cachedList, type DetailAnswer, type ListAnswer, listPage } from './cached'

/** `GET /subsidies`: cards of published programmes, filtered, sorted and paginated. */
export const subsidyListAnswer = (ctx: ApiContext): ListAnswer =>
  cachedList(ctx, '/subsidies', ctx.params.subsidyList, async (req, values, now) => {
    const { options } = ctx
    const page = values.page as number
    const limit = values.limit as number
    const result = await req.payload.find({
      collection: options.subsidies.slug,
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      page,
      select: ctx.subsidies.cardSelect,
      sort: subsidySort(values.sort, options),
      where: { and: [...ctx.published(options.subsidies.slug), ...subsidyWhere(values, options, now)] },
    })
    const cards = result.docs.map((doc) => ctx.subsidies.card(doc as Record<string, unknown>, now))
    return listPage(cards, result.totalDocs, page, limit)
  })

/** Cards of the published stories that list the programme or that it lists. */
const storiesOf = async (req: PayloadRequest, ctx: ApiContext, doc: Record<string, any>) => {
  const { stories } = ctx.options
  if (!stories || !ctx.stories) return []
  const f = stories.fields
  const related = ctx.subsidies.relatedStoryIds(doc)
  const found = await req.payload.find({
    collection: stories.slug,
    depth: 0,
    draft: false,
    limit: 50,
    overrideAccess: true,
    pagination: false,
    select: ctx.stories.cardSelect,
    sort: [`-${f.foundingYear}`, 'id'],
    where: {
      and: [
        ...ctx.published(stories.slug),
        { or: [{ [f.programmes]: { in: [doc.id] } }, ...(related.length ? [{ id: { in: related } } as Where] : [])] },
      ],
    },
  })
  const docs = found.docs as Record<string, unknown>[]
  const media = await loadMedia(req.payload, ctx.options, ctx.stories.portraitIds(docs))
  return docs.map((story) => ctx.stories!.card(story, media))
}

/** `GET /subsidies/:slug`: one published programme with its rendered text and founders who used it. */
export const subsidyDetailAnswer = (ctx: ApiContext): DetailAnswer =>
  cachedDetail(ctx, {
    build: async (req, doc, now) => ctx.subsidies.detail(doc, now, await storiesOf(req, ctx, doc)),
    collection: ctx.options.subsidies.slug,
    notFound: 'programmeNotFound',
    route: '/subsidies',
    slugField: ctx.options.subsidies.fields.slug,
  })
