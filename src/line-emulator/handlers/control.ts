import type { DeliveryBatch, DeliveryEndpoint } from '../deliveries'
import { progressBody } from '../narrowcast'
import type { Route, RouteContext, RouteResult } from '../router'
import type { EmulatorConfig, FaultConfig } from '../types'
import { generatedUserIds } from '../userIds'
import type { UserInput } from '../users'
import { USER_ID } from '../validation/limits'
import { webhookRoutes } from './webhookControl'

const flag = (value: string | null): boolean => value === '1' || value === 'true'
const ENDPOINTS: DeliveryEndpoint[] = ['push', 'multicast', 'narrowcast', 'broadcast', 'reply']

const bad = (message: string): RouteResult => ({ status: 400, body: { message } })

const objectBody = (ctx: RouteContext): Record<string, unknown> | null =>
  typeof ctx.body === 'object' && ctx.body !== null && !Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>) : null

const deliveries = (ctx: RouteContext): RouteResult => {
  const q = ctx.url.searchParams
  const endpoint = q.get('endpoint')
  if (endpoint && !ENDPOINTS.includes(endpoint as DeliveryEndpoint)) return bad(`endpoint must be one of ${ENDPOINTS.join(', ')}`)
  const number = (name: string) => (q.has(name) ? Number(q.get(name)) : undefined)
  const page = number('page')
  const limit = number('limit')
  if ((page !== undefined && !(page >= 1)) || (limit !== undefined && !(limit >= 1))) return bad('page and limit must be numbers ≥ 1')
  return {
    status: 200,
    rawJson: ctx.state.deliveries.reportJson({
      page,
      limit,
      userId: q.get('userId') ?? undefined,
      requestId: q.get('requestId') ?? undefined,
      endpoint: (endpoint as DeliveryEndpoint | null) ?? undefined,
      includeReplies: flag(q.get('includeReplies')),
      summary: flag(q.get('summary')),
      perUser: q.get('perUser') === '0' || q.get('perUser') === 'false' ? false : undefined,
    }),
  }
}

const reset = (ctx: RouteContext): RouteResult => {
  const body = objectBody(ctx) ?? {}
  ctx.state.reset({ faults: body.faults === true, config: body.config === true })
  return { status: 200, body: { reset: true } }
}

const faultsBody = (ctx: RouteContext) => ({ ...ctx.state.faults.config, injected: { ...ctx.state.faults.injected } })

const putFaults = (ctx: RouteContext): RouteResult => {
  const body = objectBody(ctx)
  if (!body) return bad('the body must be a JSON object of fault settings')
  const { injected: _ignored, ...input } = body
  ctx.state.setFaults(input as Partial<FaultConfig>)
  return { status: 200, body: faultsBody(ctx) }
}

/** The configuration without the credentials (this answer needs no token). */
const configBody = (ctx: RouteContext) => ({ ...ctx.state.config, baseUrl: ctx.baseUrl })

const putConfig = (ctx: RouteContext): RouteResult => {
  const body = objectBody(ctx)
  if (!body) return bad('the body must be a JSON object of settings')
  const { baseUrl: _ignored, ...input } = body
  ctx.state.setConfig(input as Partial<EmulatorConfig>)
  return { status: 200, body: configBody(ctx) }
}

const users = (ctx: RouteContext): RouteResult => ({
  status: 200,
  body: { ...ctx.state.users.counts(), users: ctx.state.users.all() },
})

const putUsers = (ctx: RouteContext): RouteResult => {
  const body = objectBody(ctx)
  if (!body) return bad('the body must be { users: [...] } and/or { generate: { count, seed } }')
  const list = (body.users ?? []) as UserInput[]
  if (!Array.isArray(list)) return bad('users must be an array')
  for (const [i, user] of list.entries()) {
    if (typeof user?.userId !== 'string' || !USER_ID.test(user.userId)) return bad(`users[${i}].userId must match ${USER_ID.source}`)
  }
  const generate = body.generate as { count?: unknown; seed?: unknown } | undefined
  if (
    generate !== undefined &&
    (!Number.isInteger(generate.count) || (generate.count as number) < 0 || (generate.count as number) > 1_000_000)
  ) {
    return bad('generate.count must be a whole number between 0 and 1,000,000')
  }
  for (const user of list) ctx.state.users.upsert(user)
  const generated = generate
    ? generatedUserIds(generate.count as number, generate.seed === undefined ? undefined : String(generate.seed))
    : []
  for (const userId of generated) ctx.state.users.upsert({ userId })
  return { status: 200, body: { ...ctx.state.users.counts(), generated } }
}

type EngagementEvent = { type?: string; userId?: string; requestId?: string; customAggregationUnit?: string; seq?: number; url?: string }

/** The latest request of that ID or aggregation unit which reached the user. */
const latestBatch = (batches: DeliveryBatch[], event: EngagementEvent, user: number): DeliveryBatch | undefined => {
  for (let i = batches.length - 1; i >= 0; i--) {
    const b = batches[i]
    const sameRequest = event.requestId
      ? b.requestId === event.requestId
      : event.customAggregationUnit !== undefined && b.customAggregationUnit === event.customAggregationUnit
    if (sameRequest && b.recipients.includes(user)) return b
  }
  return undefined
}

/** Records opens and clicks, e.g. from the product's click redirect in sandbox mode or from a test. */
const insightEvents = (ctx: RouteContext): RouteResult => {
  const body = objectBody(ctx)
  const events = body?.events as EngagementEvent[] | undefined
  if (!Array.isArray(events))
    return bad('the body must be { events: [{ type: "open" | "click", userId, requestId | customAggregationUnit, seq?, url? }] }')
  const { deliveries: log, engagement } = ctx.state
  const resolved: { requestId: string; user: number; event: EngagementEvent }[] = []
  for (const [i, event] of events.entries()) {
    if (event.type !== 'open' && event.type !== 'click') return bad(`events[${i}].type must be 'open' or 'click'`)
    if (typeof event.userId !== 'string') return bad(`events[${i}].userId is required`)
    if (event.type === 'click' && typeof event.url !== 'string') return bad(`events[${i}].url is required for a click`)
    const user = log.indexOf(event.userId)
    const batch = user === undefined ? undefined : latestBatch(log.batches, event, user)
    if (!batch || user === undefined) return bad(`events[${i}]: ${event.userId} received no message of that request or aggregation unit`)
    resolved.push({ requestId: batch.requestId, user, event })
  }
  for (const { requestId, user, event } of resolved) {
    if (event.type === 'open') engagement.open(requestId, user, event.seq ?? 1)
    else engagement.click(requestId, user, event.url as string, event.seq ?? 1)
  }
  return { status: 200, body: { recorded: resolved.length } }
}

const narrowcasts = (ctx: RouteContext): RouteResult => ({
  status: 200,
  body: { narrowcasts: [...ctx.state.narrowcasts.values()].map((r) => ({ requestId: r.requestId, ...progressBody(r) })) },
})

const stats = (ctx: RouteContext): RouteResult => ({
  status: 200,
  body: {
    requests: ctx.state.requests,
    rateLimited: ctx.state.rateLimiter.rejected,
    faultsInjected: ctx.state.faults.injected,
    retryKeys: ctx.state.retryKeys.size,
    deliveries: {
      total: ctx.state.deliveries.total,
      replies: ctx.state.deliveries.replies,
      users: ctx.state.deliveries.users,
      duplicates: ctx.state.deliveries.duplicates,
    },
    rssBytes: process.memoryUsage().rss,
  },
})

const control = (method: Route['method'], path: string, operation: string, handler: Route['handler']): Route => ({
  method,
  path: `/_emulator${path}`,
  operation,
  line: false,
  handler,
})

export const controlRoutes: Route[] = [
  control('GET', '/deliveries', 'deliveries', deliveries),
  control('POST', '/reset', 'reset', reset),
  control('GET', '/faults', 'getFaults', (ctx) => ({ status: 200, body: faultsBody(ctx) })),
  control('PUT', '/faults', 'putFaults', putFaults),
  control('GET', '/config', 'getConfig', (ctx) => ({ status: 200, body: configBody(ctx) })),
  control('PUT', '/config', 'putConfig', putConfig),
  control('GET', '/users', 'getUsers', users),
  control('PUT', '/users', 'putUsers', putUsers),
  control('POST', '/insight/events', 'insightEvents', insightEvents),
  control('GET', '/narrowcasts', 'narrowcasts', narrowcasts),
  control('GET', '/stats', 'stats', stats),
  control('GET', '/richmenus', 'richMenus', (ctx) => ({ status: 200, body: ctx.state.richMenus.snapshot() })),
  ...webhookRoutes.map((r) => ({ ...r, path: `/_emulator${r.path}` })),
]
