import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { converse, type ConversationInput, type SubscriberState } from '../residents/conversation'
import { routeInquiry } from '../inquiries/routing'
import { linePublicOrigin } from '../options'
import { ERASED_ATTRIBUTES } from '../residents/ownData'
import { linkCodeIn } from '../linking/code'
import { findLinkCode } from '../linking/link'
import type { ResolvedLineOptions } from '../types'
import { lineUserIdOf, type WebhookEvent } from './store'
import { ownDataPlan } from './ownDataPlan'
import { enrolmentTrigger, type EnrolmentTrigger } from '../steps/enrol'
import { findSubscriber, newSubscriber } from './subscribers'

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
  /** The step series this event starts for the resident (a follow, interests newly registered). */
  enrol?: EnrolmentTrigger
  /** 「データ削除」 confirmed: the subscriber's inquiries received up to `before` go, and their processed webhook events. */
  erase?: { before: string; subscriber: number | string }
  /** A free-text inquiry to file, keyed by the event (`sourceEventId`). */
  inquiry?: Record<string, unknown>
  lineUserId: string
  /** A one-time code from the admin that links the sender's LINE to a member of staff (test sends go there). */
  link?: { code: number | string; user: number | string }
  replies: messagingApi.Message[]
  /** Values the subscriber row ends with; `create` only: defaults of a row that did not exist. */
  subscriber?: { create?: Record<string, unknown>; set: Record<string, unknown> }
}

const departmentIdByCode = async ({ options, payload }: HandleContext, code: string | undefined) => {
  if (!code) return null
  const { departmentCodeField, departments } = options.organisation
  const found = await payload.find({
    collection: departments,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { [departmentCodeField]: { equals: code } },
  })
  return found.docs[0]?.id ?? null
}

/** The privacy policy's absolute address: a configured path is read from the public origin. */
const policyUrlOf = ({ options, payload }: HandleContext) => {
  const url = options.residents.privacy.policyUrl
  return url?.startsWith('/') ? `${linePublicOrigin(payload)}${url}` : url
}

/** A free-text message that is not part of registration: filed in a department's inbox. */
const inquiryPlan = async (ctx: HandleContext, event: WebhookEvent, text: string, base: Omit<EventPlan, 'replies'>): Promise<EventPlan> => {
  const route = routeInquiry(text, ctx.options.inquiryRoutes, ctx.options.inquiryFallbackDepartment)
  return {
    ...base,
    inquiry: {
      [ctx.options.organisation.departmentField]: await departmentIdByCode(ctx, route.department),
      matchedKeyword: route.keyword,
      receivedAt: new Date(event.timestamp ?? Date.now()).toISOString(),
      status: 'new',
      text: text.slice(0, 5000),
    },
    replies: [{ text: 'お問い合わせありがとうございます。担当課に届けました。回答までしばらくお待ちください。', type: 'text' }],
  }
}

/** A staff member sending the code the admin showed them: their LINE is linked, nothing is filed. */
const linkPlan = async (ctx: HandleContext, text: string, base: Omit<EventPlan, 'replies'>): Promise<EventPlan | null> => {
  const code = linkCodeIn(text)
  const row = code ? await findLinkCode(ctx.payload, code) : null
  if (!row) return null
  return {
    ...base,
    link: { code: row.id, user: row.user },
    replies: [{ text: 'LINE を連携しました。テスト配信はこの LINE に届きます。', type: 'text' }],
  }
}

const conversationPlan = async (
  ctx: HandleContext,
  event: WebhookEvent,
  state: SubscriberState,
  input: ConversationInput,
  base: Omit<EventPlan, 'replies'>,
): Promise<EventPlan> => {
  const result = converse(ctx.options.residents, state, input, { policyUrl: policyUrlOf(ctx) })
  if (result.inquiry && input.kind === 'text') return (await linkPlan(ctx, input.text, base)) ?? inquiryPlan(ctx, event, input.text, base)
  const set: Record<string, unknown> = { ...base.subscriber?.set, ...result.updates }
  if (result.completed) Object.assign(set, { consentAt: new Date().toISOString(), consentVersion: ctx.options.residents.privacy.version })
  return { ...base, replies: result.replies, subscriber: { create: base.subscriber?.create, set } }
}

/** Blocking withdraws consent: the declared attributes go, the row stays for the count. */
const WITHDRAWN = { ...ERASED_ATTRIBUTES, followState: 'blocked' }

const decide = async (
  ctx: HandleContext,
  event: WebhookEvent,
  lineUserId: string,
  existing: NonNullable<Awaited<ReturnType<typeof findSubscriber>>> | Record<string, never>,
): Promise<'ignored' | EventPlan> => {
  const now = new Date().toISOString()
  const base = { lineUserId, subscriber: { create: newSubscriber(), set: {} } }
  switch (event.type) {
    case 'follow': {
      const set = { followState: 'following', followedAt: now, unfollowedAt: null }
      return conversationPlan(ctx, event, existing, { kind: 'start' }, { lineUserId, subscriber: { create: {}, set } })
    }
    case 'message': {
      if (event.message?.type !== 'text' || typeof event.message.text !== 'string') return 'ignored'
      const input = { kind: 'text' as const, text: event.message.text }
      return (await ownDataPlan(ctx, event, existing, input, base)) ?? conversationPlan(ctx, event, existing, input, base)
    }
    case 'postback': {
      if (typeof event.postback?.data !== 'string') return 'ignored'
      const input = { data: event.postback.data, kind: 'postback' as const }
      return (await ownDataPlan(ctx, event, existing, input, base)) ?? conversationPlan(ctx, event, existing, input, base)
    }
    case 'unfollow':
      if (!('id' in existing)) return { lineUserId, replies: [] }
      return { lineUserId, replies: [], subscriber: { set: { ...WITHDRAWN, unfollowedAt: now } } }
    default:
      return 'ignored'
  }
}

/**
 * Decides what an event does. 'ignored' for events we do not act on (unknown types, groups,
 * stickers), so LINE's new event types never fail the webhook.
 */
export const planEvent = async (ctx: HandleContext, event: WebhookEvent): Promise<'ignored' | EventPlan> => {
  const lineUserId = lineUserIdOf(event)
  if (!lineUserId) return 'ignored'
  const existing = (await findSubscriber(ctx.payload, lineUserId)) ?? {}
  const plan = await decide(ctx, event, lineUserId, existing)
  if (plan === 'ignored') return plan
  const set = plan.subscriber?.set ?? {}
  const enrol = set.followState === 'blocked' ? null : enrolmentTrigger(event.type ?? '', existing, set)
  return enrol ? { ...plan, enrol } : plan
}
