import { newMessageId, newQuoteToken } from '../ids'
import { jstDate } from '../insight'
import { progressBody, type NarrowcastBody } from '../narrowcast'
import type { Route, RouteContext, RouteResult } from '../router'
import { validateRequest, type RequestKind } from '../validation/validate'
import { botUserId } from '../webhook'

type Json = Record<string, unknown>

export const NOT_FOUND: RouteResult = { status: 404, body: { message: 'Not found' } }
const QUOTA_EXCEEDED: RouteResult = { status: 429, body: { message: 'You have reached your monthly limit.' } }

/** Message types a later message can quote, so LINE returns a quoteToken for them. */
const QUOTABLE = new Set(['text', 'textV2', 'sticker', 'image', 'video'])

const sentMessagesOf = (messages: Json[]) => {
  const ids = messages.map(() => newMessageId())
  const sentMessages = messages.map((m, i) => (QUOTABLE.has(String(m.type)) ? { id: ids[i], quoteToken: newQuoteToken() } : { id: ids[i] }))
  return { ids, sentMessages }
}

/** 409 when the retry key belongs to a request LINE already accepted. */
const conflict = (ctx: RouteContext): RouteResult | null => {
  if (!ctx.retryKey) return null
  const previous = ctx.state.retryKeys.get(ctx.retryKey)
  if (!previous) return null
  return {
    status: 409,
    headers: { 'x-line-accepted-request-id': previous.requestId },
    body: { message: 'The retry key is already accepted', ...(previous.sentMessages ? { sentMessages: previous.sentMessages } : {}) },
  }
}

const invalid = (kind: RequestKind, body: unknown): RouteResult | null => {
  const error = validateRequest(kind, body)
  return error ? { status: 400, body: error } : null
}

const overQuota = (ctx: RouteContext, recipients: number): boolean => {
  const remaining = ctx.state.remainingQuota()
  return remaining !== null && recipients > remaining
}

const unitOf = (body: Json): string | undefined =>
  Array.isArray(body.customAggregationUnits) ? (body.customAggregationUnits[0] as string | undefined) : undefined

const acceptKey = (ctx: RouteContext, sentMessages?: { id: string; quoteToken?: string }[]) => {
  if (ctx.retryKey) {
    ctx.state.retryKeys.accept(ctx.retryKey, {
      requestId: ctx.requestId,
      operation: ctx.operation,
      at: Date.now(),
      ...(sentMessages ? { sentMessages } : {}),
    })
  }
}

const push = (ctx: RouteContext): RouteResult => {
  const early = conflict(ctx) ?? invalid('push', ctx.body)
  if (early) return early
  const body = ctx.body as Json
  if (overQuota(ctx, 1)) return QUOTA_EXCEEDED
  const messages = body.messages as Json[]
  const { ids, sentMessages } = sentMessagesOf(messages)
  const unit = unitOf(body)
  ctx.state.deliver({
    requestId: ctx.requestId,
    endpoint: 'push',
    at: Date.now(),
    messages,
    messageIds: ids,
    recipients: [body.to as string],
    ...(ctx.retryKey ? { retryKey: ctx.retryKey } : {}),
    ...(unit ? { customAggregationUnit: unit } : {}),
  })
  acceptKey(ctx, sentMessages)
  return { status: 200, body: { sentMessages }, accepted: true }
}

const multicast = (ctx: RouteContext): RouteResult => {
  const early = conflict(ctx) ?? invalid('multicast', ctx.body)
  if (early) return early
  const body = ctx.body as Json
  const to = body.to as string[]
  if (overQuota(ctx, to.length)) return QUOTA_EXCEEDED
  const messages = body.messages as Json[]
  const unit = unitOf(body)
  ctx.state.deliver({
    requestId: ctx.requestId,
    endpoint: 'multicast',
    at: Date.now(),
    messages,
    messageIds: messages.map(() => newMessageId()),
    recipients: to,
    ...(ctx.retryKey ? { retryKey: ctx.retryKey } : {}),
    ...(unit ? { customAggregationUnit: unit } : {}),
  })
  acceptKey(ctx)
  return { status: 200, body: {}, accepted: true }
}

const broadcast = (ctx: RouteContext): RouteResult => {
  const early = conflict(ctx) ?? invalid('broadcast', ctx.body)
  if (early) return early
  const body = ctx.body as Json
  const recipients = ctx.state.users.followers().map((u) => u.userId)
  if (overQuota(ctx, recipients.length)) return QUOTA_EXCEEDED
  const messages = body.messages as Json[]
  ctx.state.deliver({
    requestId: ctx.requestId,
    endpoint: 'broadcast',
    at: Date.now(),
    messages,
    messageIds: messages.map(() => newMessageId()),
    recipients,
    ...(ctx.retryKey ? { retryKey: ctx.retryKey } : {}),
  })
  acceptKey(ctx)
  return { status: 200, body: {}, accepted: true }
}

const narrowcast = (ctx: RouteContext): RouteResult => {
  const early = conflict(ctx) ?? invalid('narrowcast', ctx.body)
  if (early) return early
  const body = ctx.body as NarrowcastBody
  ctx.state.startNarrowcast({
    requestId: ctx.requestId,
    acceptedAt: Date.now(),
    phase: 'waiting',
    body,
    messageIds: body.messages.map(() => newMessageId()),
    ...(ctx.retryKey ? { retryKey: ctx.retryKey } : {}),
  })
  acceptKey(ctx)
  return { status: 202, body: {}, accepted: true }
}

const reply = (ctx: RouteContext): RouteResult => {
  const early = invalid('reply', ctx.body)
  if (early) return early
  const body = ctx.body as Json
  const userId = ctx.state.replyTokens.redeem(String(body.replyToken))
  if (!userId) return { status: 400, body: { message: 'Invalid reply token' } }
  const messages = body.messages as Json[]
  const { ids, sentMessages } = sentMessagesOf(messages)
  ctx.state.deliver({ requestId: ctx.requestId, endpoint: 'reply', at: Date.now(), messages, messageIds: ids, recipients: [userId] })
  return { status: 200, body: { sentMessages }, accepted: true }
}

const validateOnly = (ctx: RouteContext): RouteResult => invalid('validate', ctx.body) ?? { status: 200, body: {} }

const progress = (ctx: RouteContext): RouteResult => {
  const requestId = ctx.url.searchParams.get('requestId')
  if (!requestId) {
    return { status: 400, body: { message: "The request parameter, 'requestId', is required" } }
  }
  const record = ctx.state.narrowcasts.get(requestId)
  return record ? { status: 200, body: progressBody(record) } : NOT_FOUND
}

const quota = (ctx: RouteContext): RouteResult => {
  const limit = ctx.state.config.monthlyQuota
  return { status: 200, body: limit === null ? { type: 'none' } : { type: 'limited', value: limit } }
}

const consumption = (ctx: RouteContext): RouteResult => ({ status: 200, body: { totalUsage: ctx.state.quotaUsage() } })

const profile = (ctx: RouteContext): RouteResult => {
  const user = ctx.state.users.get(ctx.params.userId)
  if (!user || !user.following) return NOT_FOUND
  return {
    status: 200,
    body: {
      displayName: user.displayName,
      userId: user.userId,
      language: user.language,
      ...(user.pictureUrl ? { pictureUrl: user.pictureUrl } : {}),
      ...(user.statusMessage ? { statusMessage: user.statusMessage } : {}),
    },
  }
}

const botInfo = (ctx: RouteContext): RouteResult => ({
  status: 200,
  body: {
    userId: botUserId(ctx.state.channelSecret),
    basicId: '@000sandbox',
    displayName: 'Sandbox channel',
    chatMode: 'bot',
    markAsReadMode: 'auto',
  },
})

/** GET /v2/bot/message/delivery/{push,multicast,broadcast,reply}?date=: counted once the JST day is over. */
const sentOn =
  (endpoint: 'push' | 'multicast' | 'broadcast' | 'reply') =>
  (ctx: RouteContext): RouteResult => {
    const date = ctx.url.searchParams.get('date') ?? ''
    if (!/^\d{8}$/.test(date)) return { status: 400, body: { message: "The request parameter, 'date', is invalid" } }
    if (date >= jstDate(Date.now())) return { status: 200, body: { status: 'unready' } }
    let success = 0
    for (const b of ctx.state.deliveries.batches) if (b.endpoint === endpoint && jstDate(b.at) === date) success += b.recipients.length
    return { status: 200, body: { status: 'ready', success } }
  }

export const messageRoutes: Route[] = [
  { method: 'POST', path: '/v2/bot/message/push', operation: 'pushMessage', line: true, group: 'messaging', retryKey: true, handler: push },
  {
    method: 'POST',
    path: '/v2/bot/message/multicast',
    operation: 'multicast',
    line: true,
    group: 'messaging',
    retryKey: true,
    handler: multicast,
  },
  {
    method: 'POST',
    path: '/v2/bot/message/narrowcast',
    operation: 'narrowcast',
    line: true,
    group: 'narrowcast',
    retryKey: true,
    handler: narrowcast,
  },
  {
    method: 'POST',
    path: '/v2/bot/message/broadcast',
    operation: 'broadcast',
    line: true,
    group: 'broadcast',
    retryKey: true,
    handler: broadcast,
  },
  { method: 'POST', path: '/v2/bot/message/reply', operation: 'replyMessage', line: true, group: 'messaging', handler: reply },
  ...(['reply', 'push', 'multicast', 'narrowcast', 'broadcast'] as const).map((kind): Route => ({
    method: 'POST',
    path: `/v2/bot/message/validate/${kind}`,
    operation: `validate${kind[0].toUpperCase()}${kind.slice(1)}`,
    line: true,
    group: 'messaging',
    handler: validateOnly,
  })),
  {
    method: 'GET',
    path: '/v2/bot/message/progress/narrowcast',
    operation: 'getNarrowcastProgress',
    line: true,
    group: 'messaging',
    handler: progress,
  },
  { method: 'GET', path: '/v2/bot/message/quota', operation: 'getMessageQuota', line: true, group: 'messaging', handler: quota },
  {
    method: 'GET',
    path: '/v2/bot/message/quota/consumption',
    operation: 'getMessageQuotaConsumption',
    line: true,
    group: 'messaging',
    handler: consumption,
  },
  ...(['push', 'multicast', 'broadcast', 'reply'] as const).map((kind): Route => ({
    method: 'GET',
    path: `/v2/bot/message/delivery/${kind}`,
    operation: `getNumberOfSent${kind[0].toUpperCase()}${kind.slice(1)}Messages`,
    line: true,
    group: 'messaging',
    handler: sentOn(kind),
  })),
  { method: 'GET', path: '/v2/bot/profile/:userId', operation: 'getProfile', line: true, group: 'messaging', handler: profile },
  { method: 'GET', path: '/v2/bot/info', operation: 'getBotInfo', line: true, group: 'messaging', handler: botInfo },
]
