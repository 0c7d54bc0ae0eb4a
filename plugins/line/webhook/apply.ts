import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { createOnce } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { applyLink } from '../linking/link'
import { MENU_ATTRIBUTES, relinkResident } from '../richmenus/relink'
import { enrolResident, stopEnrolments } from '../steps/enrol'
import type { EventPlan, HandleContext } from './plan'
import type { WebhookEvent } from './store'
import { findSubscriber, newSubscriber, type SubscriberRow } from './subscribers'

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
      data: { ...newSubscriber(), ...plan.create, ...plan.set, lineUserId },
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

/**
 * 「データ削除」: the resident's inquiries up to the tap, the deadline digests sent to them, and
 * the raw webhook events already processed (they hold what the resident typed); the event being
 * applied stays until retention.
 */
const erase = async (payload: Payload, lineUserId: string, { before, subscriber }: NonNullable<EventPlan['erase']>, eventKey: string) => {
  await payload.db.deleteMany({
    collection: SLUGS.inquiries,
    where: { and: [{ subscriber: { equals: subscriber } }, { receivedAt: { less_than_equal: before } }] },
  })
  // Which deadline digests went to them.
  if (payload.collections[SLUGS.reminders as never]) {
    await payload.db.deleteMany({ collection: SLUGS.reminders, where: { subscriber: { equals: subscriber } } })
  }
  await payload.db.deleteMany({
    collection: SLUGS.events,
    where: {
      and: [
        { lineUserId: { equals: lineUserId } },
        { webhookEventId: { not_equals: eventKey } },
        { status: { in: ['done', 'ignored', 'failed'] } },
      ],
    },
  })
}

/**
 * A resident whose attributes changed gets the rich menu that now fits them. Best effort: LINE
 * being down must not fail the event (the menu is set again at the next change or publish).
 */
const refreshMenu = async (payload: Payload, plan: EventPlan) => {
  const set = plan.subscriber?.set ?? {}
  if (set.followState === 'blocked' || !MENU_ATTRIBUTES.some((key) => key in set)) return
  try {
    await relinkResident(payload, plan.lineUserId)
  } catch (error) {
    payload.logger.warn({
      msg: `LINE rich menu of a resident not updated: ${(error as { status?: number }).status ?? (error as Error).message}`,
    })
  }
}

/**
 * Step series: an unfollow or an erasure stops them; a follow or a new interest starts those it
 * triggers (a re-applied plan finds them started and starts nothing).
 */
const applySteps = async (payload: Payload, plan: EventPlan, subscriber: SubscriberRow | undefined) => {
  const stop = Boolean(plan.erase) || plan.subscriber?.set.followState === 'blocked'
  if (!stop && !plan.enrol) return
  const owner = subscriber ?? (await findSubscriber(payload, plan.lineUserId))
  if (!owner) return
  const now = new Date().toISOString()
  if (stop) await stopEnrolments(payload, owner.id, now)
  if (plan.enrol) await enrolResident(payload, owner.id, plan.enrol, now)
}

/** Applies a stored plan; running it twice leaves the same rows as running it once. */
export const applyPlan = async (payload: Payload, plan: EventPlan, eventKey: string) => {
  const subscriber = plan.subscriber ? await upsertSubscriber(payload, plan.lineUserId, plan.subscriber) : undefined
  if (plan.erase) await erase(payload, plan.lineUserId, plan.erase, eventKey)
  await applySteps(payload, plan, subscriber)
  await refreshMenu(payload, plan)
  if (plan.link) await applyLink(payload, plan.link, plan.lineUserId)
  if (!plan.inquiry) return
  const owner = subscriber ?? (await findSubscriber(payload, plan.lineUserId))
  if (!owner) return
  // Two processes applying the same plan: the unique sourceEventId keeps one inquiry.
  await createOnce(
    payload,
    SLUGS.inquiries,
    { sourceEventId: { equals: eventKey } },
    { ...plan.inquiry, sourceEventId: eventKey, subscriber: owner.id },
  )
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
