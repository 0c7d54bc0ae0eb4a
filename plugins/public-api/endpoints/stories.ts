import type { PayloadRequest } from 'payload'

import type { ApiContext } from '../context'
import type { StoryCards } from '../cards/story'
import type { StoryFields } from '../types'

import { loadMedia } from '../cards/media'
import { storyWhere } from '../queries/stories'
import { cachedDetail, cachedList, type DetailAnswer, type ListAnswer, listPage } from './cached'

type Stories = { cards: StoryCards; fields: StoryFields; slug: string }

/** `GET /stories`: published founder stories, newest founding first. */
const storyListAnswer = (ctx: ApiContext, { cards, fields, slug }: Stories): ListAnswer =>
  cachedList(ctx, '/stories', ctx.params.storyList, async (req, values) => {
    const page = values.page as number
    const limit = values.limit as number
    const result = await req.payload.find({
      collection: slug,
      depth: 0,
      draft: false,
      limit,
      overrideAccess: true,
      page,
      select: cards.cardSelect,
      sort: [`-${fields.foundingYear}`, 'id'],
      where: { and: [...ctx.published(slug), ...storyWhere(values, fields)] },
    })
    const docs = result.docs as Record<string, unknown>[]
    const media = await loadMedia(req.payload, ctx.options, cards.portraitIds(docs))
    return listPage(
      docs.map((doc) => cards.card(doc, media)),
      result.totalDocs,
      page,
      limit,
    )
  })

/** Cards of the published programmes a story lists. */
const programmesOf = async (req: PayloadRequest, ctx: ApiContext, ids: unknown[], now: Date) => {
  if (!ids.length) return []
  const { slug, fields } = ctx.options.subsidies
  const found = await req.payload.find({
    collection: slug,
    depth: 0,
    draft: false,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    select: ctx.subsidies.cardSelect,
    sort: [fields.sortDeadline, 'id'],
    where: { and: [...ctx.published(slug), { id: { in: ids } }] },
  })
  return found.docs.map((doc) => ctx.subsidies.card(doc as Record<string, unknown>, now))
}

/** `GET /stories/:slug`: one published story with the published programmes the founder used. */
const storyDetailAnswer = (ctx: ApiContext, { cards, fields, slug }: Stories): DetailAnswer =>
  cachedDetail(ctx, {
    build: async (req, doc, now) => {
      const programmes = await programmesOf(req, ctx, cards.programmeIds(doc), now)
      const media = await loadMedia(req.payload, ctx.options, cards.portraitIds([doc]))
      return cards.detail(doc, media, programmes)
    },
    collection: slug,
    notFound: 'storyNotFound',
    route: '/stories',
    slugField: fields.slug,
  })

/** The story answers, when the app has stories. */
export const storyAnswers = (ctx: ApiContext): null | { list: ListAnswer; detail: DetailAnswer } => {
  const { stories } = ctx.options
  if (!stories || !ctx.stories) return null
  const setup: Stories = { cards: ctx.stories, fields: stories.fields, slug: stories.slug }
  return { detail: storyDetailAnswer(ctx, setup), list: storyListAnswer(ctx, setup) }
}
