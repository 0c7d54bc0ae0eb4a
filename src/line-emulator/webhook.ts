import { createHash, createHmac } from 'node:crypto'

import { newMessageId, newQuoteToken, newToken, newUlid } from './ids'
import { randomUserId } from './userIds'
import type { UserRegistry } from './users'

export type WebhookEvent = Record<string, unknown> & { type: string; webhookEventId: string }
/**
 * `valid`: HMAC of this body with the channel secret; `invalid`: keyed with a wrong secret; `missing`: no
 * header; `stale`: a genuine signature, but of the previous body sent (a replayed header).
 */
export type SignatureMode = 'valid' | 'invalid' | 'missing' | 'stale'

/** Event types whose webhook carries a reply token. */
const REPLYABLE = new Set(['message', 'follow', 'join', 'memberJoined', 'postback', 'beacon', 'accountLink', 'things'])

/** Reply tokens handed out with webhook events: single use, short-lived. */
export class ReplyTokens {
  private tokens = new Map<string, { userId: string; expiresAt: number; used: boolean }>()

  issue(userId: string, ttlMs: number, now = Date.now()): string {
    if (this.tokens.size > 50_000) {
      for (const [token, entry] of this.tokens) if (entry.expiresAt < now || entry.used) this.tokens.delete(token)
    }
    const token = newToken(16)
    this.tokens.set(token, { userId, expiresAt: now + ttlMs, used: false })
    return token
  }

  /** The token's user, marking it used; undefined for an unknown, used or expired token. */
  redeem(token: string, now = Date.now()): string | undefined {
    const entry = this.tokens.get(token)
    if (!entry || entry.used || entry.expiresAt < now) return undefined
    entry.used = true
    return entry.userId
  }

  clear(): void {
    this.tokens.clear()
  }
}

export const signBody = (rawBody: string, channelSecret: string): string =>
  createHmac('sha256', channelSecret).update(rawBody).digest('base64')

/** The bot's own user ID (`destination`), stable for a channel secret. */
export const botUserId = (channelSecret: string): string =>
  `U${createHash('sha256').update(`bot:${channelSecret}`).digest('hex').slice(0, 32)}`

type BuildContext = { users: UserRegistry; replyTokens: ReplyTokens; replyTokenTtlMs: number; now?: number }

const fillMessage = (message: Record<string, unknown> | undefined): Record<string, unknown> => {
  const m: Record<string, unknown> = { type: 'text', ...(message ?? {}) }
  m.id ??= newMessageId()
  if (m.type === 'text') m.text ??= ''
  if (['text', 'image', 'video', 'sticker'].includes(String(m.type))) m.quoteToken ??= newQuoteToken()
  return m
}

/**
 * Completes a partial event with the fields LINE always sends and applies its effect on the
 * followers LINE knows of (follow / unfollow).
 */
export const buildEvent = (partial: Record<string, unknown>, ctx: BuildContext): WebhookEvent => {
  const now = ctx.now ?? Date.now()
  const type = typeof partial.type === 'string' ? partial.type : 'message'
  const partialSource = (partial.source ?? {}) as Record<string, unknown>
  const source = { type: 'user', ...partialSource, userId: partialSource.userId ?? randomUserId() }
  const userId = String(source.userId)
  const event: Record<string, unknown> = {
    type,
    mode: 'active',
    timestamp: now,
    source,
    webhookEventId: newUlid(now),
    deliveryContext: { isRedelivery: false },
    ...partial,
  }
  event.source = source
  event.type = type
  if (REPLYABLE.has(type) && event.replyToken === undefined) {
    event.replyToken = ctx.replyTokens.issue(userId, ctx.replyTokenTtlMs, now)
  }
  if (type === 'follow') {
    const { isUnblocked } = ctx.users.follow(userId, now)
    event.follow = { isUnblocked, ...((partial.follow as object | undefined) ?? {}) }
  } else if (type === 'unfollow') {
    ctx.users.unfollow(userId, now)
  } else if (type === 'message') {
    event.message = fillMessage(partial.message as Record<string, unknown> | undefined)
  } else if (type === 'postback') {
    event.postback = { data: '', ...((partial.postback as object | undefined) ?? {}) }
  }
  return event as WebhookEvent
}

export type WebhookSend = {
  url: string
  rawBody: string
  channelSecret: string
  signature: SignatureMode
  timeoutMs: number
  /** The body a `stale` signature is computed over. */
  previousBody?: string
}
export type WebhookResult = { status: number; body: string }

export const postWebhook = async ({
  url,
  rawBody,
  channelSecret,
  signature,
  timeoutMs,
  previousBody,
}: WebhookSend): Promise<WebhookResult> => {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'LineBotWebhook/2.0' }
  if (signature === 'valid') headers['x-line-signature'] = signBody(rawBody, channelSecret)
  if (signature === 'invalid') headers['x-line-signature'] = signBody(rawBody, `${channelSecret}-wrong`)
  if (signature === 'stale') headers['x-line-signature'] = signBody(previousBody ?? '{"destination":"","events":[]}', channelSecret)
  const response = await fetch(url, { method: 'POST', headers, body: rawBody, signal: AbortSignal.timeout(timeoutMs) })
  return { status: response.status, body: await response.text() }
}

export type WebhookLogEntry = {
  id: number
  sentAt: string
  rawBody: string
  events: WebhookEvent[]
  status: number | null
  redelivery: boolean
}

/** The last bodies sent, so a test can redeliver them. */
export class WebhookLog {
  private entries: WebhookLogEntry[] = []
  private nextId = 1
  static readonly KEEP = 500

  add(entry: Omit<WebhookLogEntry, 'id'>): WebhookLogEntry {
    const stored = { ...entry, id: this.nextId++ }
    this.entries.push(stored)
    if (this.entries.length > WebhookLog.KEEP) this.entries.shift()
    return stored
  }

  last(): WebhookLogEntry | undefined {
    return this.entries[this.entries.length - 1]
  }

  byId(id: number): WebhookLogEntry | undefined {
    return this.entries.find((e) => e.id === id)
  }

  eventsById(ids: string[]): WebhookEvent[] {
    const wanted = new Set(ids)
    const found = new Map<string, WebhookEvent>()
    for (const entry of this.entries) for (const e of entry.events) if (wanted.has(e.webhookEventId)) found.set(e.webhookEventId, e)
    return ids.map((id) => found.get(id)).filter((e): e is WebhookEvent => e !== undefined)
  }

  list(): WebhookLogEntry[] {
    return [...this.entries]
  }

  clear(): void {
    this.entries = []
  }
}

/** The same events as sent before, marked as a redelivery (same webhookEventId and timestamp). */
export const asRedelivery = (events: WebhookEvent[]): WebhookEvent[] =>
  events.map((e) => ({ ...structuredClone(e), deliveryContext: { isRedelivery: true } }))
