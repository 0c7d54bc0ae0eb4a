import { jstDate, messageEventStats, unitStats } from '../insight'
import type { Route, RouteContext, RouteResult } from '../router'
import { AGGREGATION_UNIT } from '../validation/limits'
import { NOT_FOUND } from './messages'

const DATE = /^\d{8}$/
const DAY_MS = 86_400_000

const badParameter = (name: string, message: string): RouteResult => ({
  status: 400,
  body: { message: `The request parameter, '${name}', is invalid`, details: [{ message, property: name }] },
})

const parseDate = (yyyymmdd: string): number =>
  Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)))

const messageEvent = (ctx: RouteContext): RouteResult => {
  const requestId = ctx.url.searchParams.get('requestId')
  if (!requestId) return { status: 400, body: { message: "The request parameter, 'requestId', is required" } }
  const { state } = ctx
  const narrowcast = state.narrowcasts.get(requestId)
  const batches = state.deliveries.batchesFor(requestId)
  if (!narrowcast && !batches.some((b) => b.endpoint === 'broadcast')) return NOT_FOUND
  const acceptedAt = narrowcast?.acceptedAt ?? batches[0].at
  const finished = narrowcast ? narrowcast.phase === 'succeeded' : true
  return {
    status: 200,
    body: messageEventStats(requestId, batches, state.deliveries, state.engagement, state.config.simulateEngagement, acceptedAt, finished),
  }
}

const aggregation = (ctx: RouteContext): RouteResult => {
  const q = ctx.url.searchParams
  const unit = q.get('customAggregationUnit') ?? ''
  const from = q.get('from') ?? ''
  const to = q.get('to') ?? ''
  if (!AGGREGATION_UNIT.test(unit)) return badParameter('customAggregationUnit', `Must match the pattern ${AGGREGATION_UNIT.source}`)
  if (!DATE.test(from)) return badParameter('from', 'Must be a date in the format yyyyMMdd')
  if (!DATE.test(to)) return badParameter('to', 'Must be a date in the format yyyyMMdd')
  const span = (parseDate(to) - parseDate(from)) / DAY_MS
  if (span < 0) return badParameter('to', 'Must not be earlier than from')
  if (span > 30) return badParameter('to', 'Must be within 30 days of from')
  const { state } = ctx
  const batches = state.deliveries.batches.filter((b) => {
    if (b.customAggregationUnit !== unit) return false
    const day = jstDate(b.at)
    return day >= from && day <= to
  })
  return { status: 200, body: unitStats(batches, state.deliveries, state.engagement, state.config.simulateEngagement) }
}

/** The day's figures exist once the JST day is over, as on LINE. */
const dateOrYesterday = (ctx: RouteContext): string | RouteResult => {
  const date = ctx.url.searchParams.get('date') ?? jstDate(Date.now() - DAY_MS)
  return DATE.test(date) ? date : badParameter('date', 'Must be a date in the format yyyyMMdd')
}

const followers = (ctx: RouteContext): RouteResult => {
  const date = dateOrYesterday(ctx)
  if (typeof date !== 'string') return date
  if (date >= jstDate(Date.now())) return { status: 200, body: { status: 'unready' } }
  const counts = ctx.state.users.counts()
  return {
    status: 200,
    body: { status: 'ready', followers: counts.everFollowed, targetedReaches: counts.followers, blocks: counts.blocks },
  }
}

const ENDPOINT_FIELDS = {
  push: 'apiPush',
  multicast: 'apiMulticast',
  narrowcast: 'apiNarrowcast',
  broadcast: 'apiBroadcast',
  reply: 'apiReply',
} as const

const deliveries = (ctx: RouteContext): RouteResult => {
  const date = dateOrYesterday(ctx)
  if (typeof date !== 'string') return date
  if (date >= jstDate(Date.now())) return { status: 200, body: { status: 'unready' } }
  const body: Record<string, string | number> = { status: 'ready' }
  for (const b of ctx.state.deliveries.batches) {
    if (jstDate(b.at) !== date) continue
    const field = ENDPOINT_FIELDS[b.endpoint]
    body[field] = Number(body[field] ?? 0) + b.recipients.length
  }
  return { status: 200, body }
}

export const insightRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v2/bot/insight/message/event',
    operation: 'getMessageEvent',
    line: true,
    group: 'insight',
    handler: messageEvent,
  },
  {
    method: 'GET',
    path: '/v2/bot/insight/message/event/aggregation',
    operation: 'getStatisticsPerUnit',
    line: true,
    group: 'insight',
    handler: aggregation,
  },
  { method: 'GET', path: '/v2/bot/insight/followers', operation: 'getNumberOfFollowers', line: true, group: 'insight', handler: followers },
  {
    method: 'GET',
    path: '/v2/bot/insight/message/delivery',
    operation: 'getNumberOfMessageDeliveries',
    line: true,
    group: 'insight',
    handler: deliveries,
  },
]
