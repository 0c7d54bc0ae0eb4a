import type { Endpoint, PayloadRequest, Sort, Where } from 'payload'

import type { ApiContext } from '../context'
import type { ParamDefinition, ParamValue } from '../params/types'
import type { ProgrammeFeeds } from './programmes'

import { sendAnswer } from '../answers/answer'
import { queryCacheKey } from '../cache/keys'
import { cachedQuery } from '../endpoints/cached'
import { searchParamsOf } from '../http/errors'
import { ATOM_CONTENT_TYPE, CALENDAR_CONTENT_TYPE, prepareText } from '../http/prepared'
import { subsidyWhere } from '../queries/subsidies'
import { publicApiT } from '../translations'
import { renderAtom } from './atom'
import { renderCalendar } from './ics'
import { programmeFeeds } from './programmes'

/** Entries of the Atom feed: readers poll it, so the latest changes are enough. */
export const ATOM_ENTRIES = 50
/** Events of the calendar: a calendar app reads the whole file on every refresh. */
export const CALENDAR_EVENTS = 500

/** Paths of the feeds below the base path; the dot keeps them apart from every slug (SLUG_PATTERN has none). */
export const ATOM_PATH = '/subsidies/feed.xml'
export const DEADLINES_PATH = '/subsidies/deadlines.ics'

type Build = (req: PayloadRequest, feeds: ProgrammeFeeds, values: Record<string, ParamValue>, now: Date) => Promise<string>

type Feed = { build: Build; contentType: string; name: 'atom' | 'deadlines'; params: readonly ParamDefinition[]; path: string }

/** The published programmes matching `where`, with only the fields the feeds show. */
const findProgrammes = async (
  req: PayloadRequest,
  ctx: ApiContext,
  feeds: ProgrammeFeeds,
  query: { limit: number; sort: Sort; where: Where[] },
) => {
  const { slug } = ctx.options.subsidies
  const found = await req.payload.find({
    collection: slug,
    depth: 0,
    draft: false,
    limit: query.limit,
    overrideAccess: true,
    pagination: false,
    select: feeds.select,
    sort: query.sort,
    where: { and: [...ctx.published(slug), ...query.where] },
  })
  return found.docs as Record<string, unknown>[]
}

/** The latest new or changed programmes, whatever their status: a reader wants to hear of a correction too. */
const atomFeed = (ctx: ApiContext): Feed => ({
  build: async (req, feeds) => {
    const docs = await findProgrammes(req, ctx, feeds, { limit: ATOM_ENTRIES, sort: ['-updatedAt', '-id'], where: [] })
    const entries = docs.map(feeds.entry)
    const self = `${feeds.api}${ATOM_PATH}`
    return renderAtom({
      alternate: feeds.portalList,
      author: publicApiT(undefined, 'subsidyFeedTitle'),
      entries,
      id: self,
      self,
      subtitle: publicApiT(undefined, 'subsidyFeedSubtitle'),
      title: publicApiT(undefined, 'subsidyFeedTitle'),
      // An empty feed still needs an `updated`; the epoch ("never") keeps its body, and ETag, the same between requests.
      updated: entries[0]?.updated ?? new Date(0).toISOString(),
    })
  },
  contentType: ATOM_CONTENT_TYPE,
  name: 'atom',
  params: ctx.params.detail,
  path: ATOM_PATH,
})

/** The deadlines of the programmes the list's filters select; year-round ones have no deadline to show. */
const deadlinesFeed = (ctx: ApiContext): Feed => ({
  build: async (req, feeds, values, now) => {
    const f = ctx.options.subsidies.fields
    const dated: Where[] = [{ [f.acceptanceEnd]: { exists: true } }, { [f.yearRound]: { not_equals: true } }]
    const docs = await findProgrammes(req, ctx, feeds, {
      limit: CALENDAR_EVENTS,
      sort: [f.sortDeadline, 'id'],
      where: [...subsidyWhere(values, ctx.options, now), ...dated],
    })
    const events = docs.map(feeds.event).filter((event) => event !== null)
    return renderCalendar({ events, name: publicApiT(undefined, 'deadlineCalendarName') })
  },
  contentType: CALENDAR_CONTENT_TYPE,
  name: 'deadlines',
  params: ctx.params.deadlines,
  path: DEADLINES_PATH,
})

/**
 * A GET endpoint of a feed: validates the query like the JSON routes (400 naming each bad
 * parameter), then answers from the response cache or builds the feed and caches it. The feeds'
 * text is in Japanese whatever the request's language, so one cached body serves every reader.
 */
const feedEndpoint = (ctx: ApiContext, feed: Feed): Endpoint => {
  let feeds: ProgrammeFeeds | undefined
  const answer = cachedQuery(ctx, {
    build: (req, values, now) => {
      // The API's own URLs need Payload's api route, known for sure only at run time.
      feeds ??= programmeFeeds(ctx.options, req.payload.config.routes.api)
      return feed.build(req, feeds, values, now)
    },
    keyOf: (values, _search, now) => queryCacheKey(`feed:${feed.name}`, values, now),
    params: feed.params,
    prepare: prepareText,
  })
  return {
    handler: async (req) => sendAnswer(req, await answer(req, searchParamsOf(req)), ctx.options.maxAgeSeconds, feed.contentType),
    method: 'get',
    path: `${ctx.options.basePath}${feed.path}`,
  }
}

/** The Atom feed of new and changed programmes and the iCalendar of their deadlines. */
export const feedEndpoints = (ctx: ApiContext): Endpoint[] => [feedEndpoint(ctx, atomFeed(ctx)), feedEndpoint(ctx, deadlinesFeed(ctx))]
