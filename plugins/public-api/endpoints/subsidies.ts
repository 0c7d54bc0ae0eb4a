import type { PayloadRequest, Where } from 'payload'

import type { ApiContext } from '../context'

import { loadMedia } from '../cards/media'
import type { ParamValue } from '../params/types'

import { sortOf, subsidySort, subsidyWhere } from '../queries/subsidies'
import { searchWords } from '../rules/search'
import { highlightOf } from '../search/highlight'
import { cachedDetail, cachedList, type DetailAnswer, type ListAnswer, listPage } from './cached'

/** The cards of a page, with where the keywords matched when there are any. */
const hitsOf = (ctx: ApiContext, programmes: Record<string, unknown>[], values: Record<string, ParamValue>, now: Date) => {
  const words = typeof values.q === 'string' ? searchWords(values.q) : []
  return programmes.map((p) => {
    const card = ctx.subsidies.cardOfIndexed(p, now)
    return words.length ? { ...card, highlight: highlightOf(p, words) } : card
  })
}

/** `GET /subsidies`: cards of published programmes, filtered, sorted and paginated: from the search index, or by Payload's find without one. */
export const subsidyListAnswer = (ctx: ApiContext): ListAnswer =>
  cachedList(ctx, '/subsidies', ctx.params.subsidyList, async (req, values, now) => {
    const page = values.page as number
    const limit = values.limit as number
    const index = ctx.search?.of(req.payload)
    if (index) {
      const { rows, totalDocs } = await index.page(values, now)
      return listPage(hitsOf(ctx, rows, values, now), totalDocs, page, limit)
    }
    const { options } = ctx
    const result = await req.payload.find({
      collection: options.subsidies.slug,
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      page,
      select: ctx.subsidies.indexedSelect,
      sort: subsidySort(sortOf(values), options),
      where: { and: [...ctx.published(options.subsidies.slug), ...subsidyWhere(values, options, now)] },
    })
    const programmes = (result.docs as Record<string, unknown>[]).map(ctx.subsidies.indexed)
    return listPage(hitsOf(ctx, programmes, values, now), result.totalDocs, page, limit)
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
