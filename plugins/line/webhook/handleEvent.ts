import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import type { ResolvedLineOptions } from '../types'
import { converse, type ConversationInput, type SubscriberState } from '../utilities/conversation'
import { routeInquiry } from '../utilities/inquiryRouting'
import type { WebhookEvent } from './store'

export type HandleContext = {
  client: Pick<messagingApi.MessagingApiClient, 'replyMessage'>
  options: ResolvedLineOptions
  payload: Payload
}

/**
 * What one event does, decided once from the state it found and stored on the event row before
 * any of it is applied. Every part sets absolute values (or creates a row keyed by the event), so
 * applying the same plan again after a crash changes nothing more: a postback that toggles an
 * interest is not toggled back by its second run.
 */
export type EventPlan = {
  /** A free-text inquiry to file, keyed by the event (`sourceEventId`). */
  inquiry?: Record<string, unknown>
  lineUserId: string
  replies: messagingApi.Message[]
  /** Values the subscriber row ends with; `create` only: defaults of a row that did not exist. */
  subscriber?: { create?: Record<string, unknown>; set: Record<string, unknown> }
}

type SubscriberRow = SubscriberState & { followState?: string; id: number | string }

const findSubscriber = async (payload: Payload, lineUserId: string) => {
  const found = await payload.find({
    collection: SLUGS.subscribers,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { lineUserId: { equals: lineUserId } },
  })
  return found.docs[0] as SubscriberRow | undefined
}

const departmentIdByCode = async (payload: Payload, code: string) => {
  const found = await payload.find({ collection: 'departments', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { code: { equals: code } } })
  return found.docs[0]?.id ?? null
}

const NEW_SUBSCRIBER = () => ({ followState: 'following', followedAt: new Date().toISOString() })

const conversationPlan = async (
  ctx: HandleContext,
  event: WebhookEvent,
  lineUserId: string,
  state: SubscriberState,
  input: ConversationInput,
  base: Omit<EventPlan, 'replies'>,
): Promise<EventPlan> => {
  const result = converse(state, input)
  if (result.inquiry && input.kind === 'text') {
    const route = routeInquiry(input.text, ctx.options.inquiryRoutes, ctx.options.inquiryFallbackDepartment)
    return {
      ...base,
      inquiry: {
        department: await departmentIdByCode(ctx.payload, route.department),
        matchedKeyword: route.keyword,
        receivedAt: new Date(event.timestamp ?? Date.now()).toISOString(),
        status: 'new',
        text: input.text.slice(0, 5000),
      },
      replies: [{ text: 'お問い合わせありがとうございます。担当課に届けました。回答までしばらくお待ちください。', type: 'text' }],
    }
  }
  const set: Record<string, unknown> = { ...base.subscriber?.set, ...result.updates }
  if (result.completed) set.consentAt = new Date().toISOString()
  return { ...base, replies: result.replies, subscriber: { create: base.subscriber?.create, set } }
}

/**
 * Decides what an event does. 'ignored' for events we do not act on (unknown types, groups,
 * stickers), so LINE's new event types never fail the webhook.
 */
export const planEvent = async (ctx: HandleContext, event: WebhookEvent): Promise<'ignored' | EventPlan> => {
  const lineUserId = event.source?.type === 'user' || !event.source?.type ? event.source?.userId : undefined
  if (!lineUserId) return 'ignored'
  const existing = await findSubscriber(ctx.payload, lineUserId)
  const now = new Date().toISOString()
  switch (event.type) {
    case 'follow': {
      const set = { followState: 'following', followedAt: now, unfollowedAt: null }
      return conversationPlan(ctx, event, lineUserId, existing ?? {}, { kind: 'start' }, { lineUserId, subscriber: { create: {}, set } })
    }
    case 'message': {
      if (event.message?.type !== 'text' || typeof event.message.text !== 'string') return 'ignored'
      const base = { lineUserId, subscriber: { create: NEW_SUBSCRIBER(), set: {} } }
      return conversationPlan(ctx, event, lineUserId, existing ?? {}, { kind: 'text', text: event.message.text }, base)
    }
    case 'postback': {
      if (typeof event.postback?.data !== 'string') return 'ignored'
      const base = { lineUserId, subscriber: { create: NEW_SUBSCRIBER(), set: {} } }
      return conversationPlan(ctx, event, lineUserId, existing ?? {}, { data: event.postback.data, kind: 'postback' }, base)
    }
    case 'unfollow': {
      if (!existing) return { lineUserId, replies: [] }
      // Blocking withdraws consent: the declared attributes go, the row stays for the count.
      const set = { ageBand: null, consentAt: null, followState: 'blocked', interests: [], municipality: null, registrationStep: null, unfollowedAt: now }
      return { lineUserId, replies: [], subscriber: { set } }
    }
    default:
      return 'ignored'
  }
}

const upsertSubscriber = async (payload: Payload, lineUserId: string, plan: NonNullable<EventPlan['subscriber']>) => {
  const update = async (id: number | string) =>
    Object.keys(plan.set).length
      ? ((await payload.update({ collection: SLUGS.subscribers, data: plan.set, depth: 0, id, overrideAccess: true })) as SubscriberRow)
      : ((await findSubscriber(payload, lineUserId)) as SubscriberRow)
  const existing = await findSubscriber(payload, lineUserId)
  if (existing) return update(existing.id)
  if (!plan.create) return undefined
  try {
    return (await payload.create({
      collection: SLUGS.subscribers,
      data: { ...NEW_SUBSCRIBER(), ...plan.create, ...plan.set, lineUserId },
      depth: 0,
      overrideAccess: true,
    })) as SubscriberRow
  } catch (error) {
    // Another event of the same resident created the row first (unique lineUserId): update theirs.
    const row = await findSubscriber(payload, lineUserId)
    if (!row) throw error
    return update(row.id)
  }
}

const inquiryExists = async (payload: Payload, sourceEventId: string) =>
  (await payload.count({ collection: SLUGS.inquiries, overrideAccess: true, where: { sourceEventId: { equals: sourceEventId } } })).totalDocs > 0

/** Applies a stored plan; running it twice leaves the same rows as running it once. */
export const applyPlan = async (payload: Payload, plan: EventPlan, eventKey: string) => {
  const subscriber = plan.subscriber
    ? await upsertSubscriber(payload, plan.lineUserId, plan.subscriber)
    : undefined
  if (plan.inquiry) {
    const owner = subscriber ?? (await findSubscriber(payload, plan.lineUserId))
    if (!owner || (await inquiryExists(payload, eventKey))) return
    try {
      await payload.create({
        collection: SLUGS.inquiries,
        data: { ...plan.inquiry, sourceEventId: eventKey, subscriber: owner.id },
        overrideAccess: true,
      })
    } catch (error) {
      // Two processes applying the same plan: the unique sourceEventId keeps one inquiry.
      if (!(await inquiryExists(payload, eventKey))) throw error
    }
  }
}

/** Replies go last, after the event is recorded as done: a reply token is single-use and lives about a minute. */
export const sendReplies = async (ctx: HandleContext, event: WebhookEvent, messages: messagingApi.Message[]) => {
  if (!event.replyToken || messages.length === 0) return
  try {
    await ctx.client.replyMessage({ messages: messages.slice(0, 5), replyToken: event.replyToken })
  } catch (error) {
    // A late or repeated reply is refused by LINE and lost, not retried.
    ctx.payload.logger.warn({ msg: `LINE reply failed: ${(error as { status?: number }).status ?? (error as Error).message}` })
  }
}
