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

const upsertSubscriber = async (payload: Payload, lineUserId: string, data: Record<string, unknown>) => {
  const existing = await findSubscriber(payload, lineUserId)
  if (existing) {
    return (await payload.update({ collection: SLUGS.subscribers, data, depth: 0, id: existing.id, overrideAccess: true })) as SubscriberRow
  }
  return (await payload.create({
    collection: SLUGS.subscribers,
    data: { followState: 'following', followedAt: new Date().toISOString(), lineUserId, ...data },
    depth: 0,
    overrideAccess: true,
  })) as SubscriberRow
}

const reply = async (ctx: HandleContext, event: WebhookEvent, messages: messagingApi.Message[]) => {
  if (!event.replyToken || messages.length === 0) return
  try {
    await ctx.client.replyMessage({ messages: messages.slice(0, 5), replyToken: event.replyToken })
  } catch (error) {
    // A reply token lives about a minute and is single-use: a late or repeated reply is lost, not retried.
    ctx.payload.logger.warn({ msg: `LINE reply failed: ${(error as { status?: number }).status ?? (error as Error).message}` })
  }
}

const departmentIdByCode = async (payload: Payload, code: string) => {
  const found = await payload.find({ collection: 'departments', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { code: { equals: code } } })
  return found.docs[0]?.id ?? null
}

const converseAndSave = async (ctx: HandleContext, event: WebhookEvent, subscriber: SubscriberRow, input: ConversationInput) => {
  const result = converse(subscriber, input)
  if (result.inquiry && input.kind === 'text') {
    const route = routeInquiry(input.text, ctx.options.inquiryRoutes, ctx.options.inquiryFallbackDepartment)
    const department = await departmentIdByCode(ctx.payload, route.department)
    await ctx.payload.create({
      collection: SLUGS.inquiries,
      data: {
        department,
        matchedKeyword: route.keyword,
        receivedAt: new Date(event.timestamp ?? Date.now()).toISOString(),
        status: 'new',
        subscriber: subscriber.id,
        text: input.text.slice(0, 5000),
      },
      overrideAccess: true,
    })
    await reply(ctx, event, [
      { text: 'お問い合わせありがとうございます。担当課に届けました。回答までしばらくお待ちください。', type: 'text' },
    ])
    return
  }
  const updates: Record<string, unknown> = { ...result.updates }
  if (result.completed) updates.consentAt = new Date().toISOString()
  if (Object.keys(updates).length) {
    await ctx.payload.update({ collection: SLUGS.subscribers, data: updates, depth: 0, id: subscriber.id, overrideAccess: true })
  }
  await reply(ctx, event, result.replies)
}

/**
 * Applies one webhook event. Returns 'ignored' for events we do not act on (unknown types,
 * groups, stickers), so LINE's new event types never fail the webhook.
 */
export const handleEvent = async (ctx: HandleContext, event: WebhookEvent): Promise<'done' | 'ignored'> => {
  const userId = event.source?.type === 'user' || !event.source?.type ? event.source?.userId : undefined
  if (!userId) return 'ignored'
  const now = new Date().toISOString()
  switch (event.type) {
    case 'follow': {
      const subscriber = await upsertSubscriber(ctx.payload, userId, {
        followState: 'following',
        followedAt: now,
        unfollowedAt: null,
      })
      await converseAndSave(ctx, event, subscriber, { kind: 'start' })
      return 'done'
    }
    case 'message': {
      if (event.message?.type !== 'text' || typeof event.message.text !== 'string') return 'ignored'
      const subscriber = (await findSubscriber(ctx.payload, userId)) ?? (await upsertSubscriber(ctx.payload, userId, {}))
      await converseAndSave(ctx, event, subscriber, { kind: 'text', text: event.message.text })
      return 'done'
    }
    case 'postback': {
      if (typeof event.postback?.data !== 'string') return 'ignored'
      const subscriber = (await findSubscriber(ctx.payload, userId)) ?? (await upsertSubscriber(ctx.payload, userId, {}))
      await converseAndSave(ctx, event, subscriber, { data: event.postback.data, kind: 'postback' })
      return 'done'
    }
    case 'unfollow': {
      const subscriber = await findSubscriber(ctx.payload, userId)
      if (!subscriber) return 'done'
      // Blocking withdraws consent: the declared attributes go, the row stays for the count.
      await ctx.payload.update({
        collection: SLUGS.subscribers,
        data: { ageBand: null, consentAt: null, followState: 'blocked', interests: [], municipality: null, registrationStep: null, unfollowedAt: now },
        depth: 0,
        id: subscriber.id,
        overrideAccess: true,
      })
      return 'done'
    }
    default:
      return 'ignored'
  }
}
