import type { Route, RouteContext, RouteResult } from '../router'
import { asRedelivery, botUserId, buildEvent, postWebhook, type SignatureMode, type WebhookEvent } from '../webhook'

const SIGNATURES: SignatureMode[] = ['valid', 'invalid', 'missing', 'stale']

const bad = (message: string): RouteResult => ({ status: 400, body: { message } })

type SendOptions = { webhookUrl?: unknown; signature?: unknown; destination?: unknown }

const target = (ctx: RouteContext, body: SendOptions): { url: string; signature: SignatureMode } | RouteResult => {
  const url = typeof body.webhookUrl === 'string' ? body.webhookUrl : ctx.state.config.webhookUrl
  if (!url) return bad('no webhookUrl: set it with PUT /_emulator/config or pass webhookUrl in the body')
  const signature = (body.signature ?? 'valid') as SignatureMode
  if (!SIGNATURES.includes(signature)) return bad(`signature must be one of ${SIGNATURES.join(', ')}`)
  return { url, signature }
}

const parsedOrRaw = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

/** Signs and POSTs a raw body, answering with the webhook's status and body (502 when it cannot be reached). */
const send = async (
  ctx: RouteContext,
  to: { url: string; signature: SignatureMode },
  rawBody: string,
  events: WebhookEvent[],
  redelivery: boolean,
): Promise<RouteResult> => {
  const { state } = ctx
  try {
    const result = await postWebhook({
      url: to.url,
      rawBody,
      channelSecret: state.channelSecret,
      signature: to.signature,
      timeoutMs: state.config.webhookTimeoutMs,
      previousBody: state.webhooks.last()?.rawBody,
    })
    const entry = state.webhooks.add({ sentAt: new Date().toISOString(), rawBody, events, status: result.status, redelivery })
    return { status: 200, body: { status: result.status, body: result.body, logId: entry.id, sent: parsedOrRaw(rawBody) } }
  } catch (error) {
    state.webhooks.add({ sentAt: new Date().toISOString(), rawBody, events, status: null, redelivery })
    return { status: 502, body: { message: `the webhook could not be reached: ${error instanceof Error ? error.message : String(error)}` } }
  }
}

const replay = async (ctx: RouteContext): Promise<RouteResult> => {
  const body = (ctx.body ?? {}) as SendOptions & { events?: unknown; raw?: unknown }
  const to = target(ctx, body)
  if ('status' in to) return to
  const destination = typeof body.destination === 'string' ? body.destination : botUserId(ctx.state.channelSecret)
  if (typeof body.raw === 'string') {
    // A deliberately malformed or hand-written body, signed as it is.
    return send(ctx, to, body.raw, [], false)
  }
  if (!Array.isArray(body.events)) return bad('the body must be { events: [...] } (or { raw: "..." })')
  const invalidIndex = body.events.findIndex((e) => typeof e !== 'object' || e === null || Array.isArray(e))
  if (invalidIndex >= 0) return bad(`events[${invalidIndex}] must be an object`)
  const events = (body.events as Record<string, unknown>[]).map((partial) =>
    buildEvent(partial, { users: ctx.state.users, replyTokens: ctx.state.replyTokens, replyTokenTtlMs: ctx.state.config.replyTokenTtlMs }),
  )
  return send(ctx, to, JSON.stringify({ destination, events }), events, false)
}

const redeliver = async (ctx: RouteContext): Promise<RouteResult> => {
  const body = (ctx.body ?? {}) as SendOptions & { webhookEventIds?: unknown; logId?: unknown }
  const to = target(ctx, body)
  if ('status' in to) return to
  let events: WebhookEvent[]
  if (typeof body.logId === 'number') {
    const entry = ctx.state.webhooks.byId(body.logId)
    if (!entry) return { status: 404, body: { message: `no webhook body with logId ${body.logId}` } }
    events = entry.events
  } else if (Array.isArray(body.webhookEventIds) && body.webhookEventIds.every((id) => typeof id === 'string')) {
    events = ctx.state.webhooks.eventsById(body.webhookEventIds as string[])
    if (events.length !== body.webhookEventIds.length) return { status: 404, body: { message: 'some webhookEventIds were never sent' } }
  } else {
    return bad('the body must name { logId } or { webhookEventIds: [...] }')
  }
  const destination = typeof body.destination === 'string' ? body.destination : botUserId(ctx.state.channelSecret)
  const again = asRedelivery(events)
  return send(ctx, to, JSON.stringify({ destination, events: again }), again, true)
}

const log = (ctx: RouteContext): RouteResult => ({
  status: 200,
  body: { entries: ctx.state.webhooks.list().map(({ rawBody: _raw, ...entry }) => entry) },
})

/** Mounted under /_emulator by the control routes. */
export const webhookRoutes: Route[] = [
  { method: 'POST', path: '/webhook/events', operation: 'webhookEvents', line: false, handler: replay },
  { method: 'POST', path: '/webhook/redeliver', operation: 'webhookRedeliver', line: false, handler: redeliver },
  { method: 'GET', path: '/webhook/log', operation: 'webhookLog', line: false, handler: log },
]
