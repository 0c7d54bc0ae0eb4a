import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload, Where } from 'payload'

import { compareAndSet, createOnce } from '@akita-dx/plugin-core'

import { createMessagingClient, lineClientConfig } from '../client/config'
import { followingLineUserId, type PushClient, pushOne } from '../client/pushOne'
import { deterministicRetryKey } from '../client/retryKey'
import { SLUGS } from '../constants'
import { linePublicOrigin, lineOptionsOf } from '../options'
import { followingPages } from '../residents/followers'
import type { ResolvedLineOptions, ResolvedReminders } from '../types'
import { digestText } from './digest'
import { dueProgrammes, type DueProgramme, reminderDay } from './due'

export const REMINDERS_TASK = 'line-reminders'

/** At most this many pushes a run: a large day drains over a few runs. */
const SEND_LIMIT = 500

export type ReminderRunResult = { failed: number; planned: number; retry: number; sent: number; skipped: number }

type Resident = { id: number | string; municipality?: null | string }

const absolute = (url: string | undefined, origin: string) => (url?.startsWith('/') ? `${origin}${url}` : url)

const plannedToday = async (payload: Payload, day: string): Promise<Set<string>> => {
  const { docs } = await payload.find({
    collection: SLUGS.reminders,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { key: true },
    where: { day: { equals: day } },
  })
  return new Set(docs.map((d) => String((d as { key?: string }).key)))
}

/** Stores today's digest of each resident who registered the interest and has something due. */
const plan = async (payload: Payload, reminders: ResolvedReminders, day: string, due: DueProgramme[]): Promise<number> => {
  const origin = linePublicOrigin(payload)
  const context = {
    listUrl: absolute(reminders.listUrl, origin),
    titleField: reminders.fields.title,
    url: reminders.url ? (doc: Record<string, unknown>) => reminders.url!(doc, { serverURL: origin }) : undefined,
  }
  const have = await plannedToday(payload, day)
  let planned = 0
  const where: Where = { and: [{ consentAt: { exists: true } }, { interests: { contains: reminders.interest } }] }
  for await (const residents of followingPages<Resident>(payload, { municipality: true }, where)) {
    for (const resident of residents) {
      const key = `${resident.id}:${day}`
      const items = due.filter((item) => reminders.appliesTo(item.doc, resident.municipality ?? null))
      if (have.has(key) || items.length === 0) continue
      const data = { day, key, programmes: items.length, status: 'pending', subscriber: resident.id, text: digestText(items, context) }
      // Another planner may have stored it since `have` was read: the unique key keeps one digest.
      if (await createOnce(payload, SLUGS.reminders, { key: { equals: key } }, data)) planned += 1
    }
  }
  return planned
}

type Row = { id: number | string; key: string; subscriber?: null | number | string; text: string }

/** Sends the day's pending digests, each with a retry key of its own key: a repeat is one message. */
const send = async (payload: Payload, options: ResolvedLineOptions, day: string, client: PushClient, result: ReminderRunResult) => {
  const { docs } = await payload.find({
    collection: SLUGS.reminders,
    depth: 0,
    limit: SEND_LIMIT,
    overrideAccess: true,
    sort: 'id',
    where: { and: [{ day: { equals: day } }, { status: { equals: 'pending' } }] },
  })
  for (const row of docs as unknown as Row[]) {
    const set = (values: Record<string, unknown>) =>
      compareAndSet(payload, SLUGS.reminders, row.id, { status: { equals: 'pending' } }, values)
    const to = await followingLineUserId(payload, row.subscriber)
    if (!to) {
      await set({ status: 'skipped' })
      result.skipped += 1
      continue
    }
    const retryKey = deterministicRetryKey(`line-reminder:${row.key}`)
    const outcome = await pushOne(client, {
      messages: [{ text: row.text, type: 'text' }],
      retryKey,
      timeoutMs: options.retry.timeoutMs,
      to,
    })
    if (outcome.kind === 'sent') await set({ lastError: null, sentAt: new Date().toISOString(), status: 'sent' })
    else if (outcome.kind === 'failed') await set({ lastError: outcome.message, status: 'failed' })
    else await set({ lastError: outcome.message })
    result[outcome.kind] += 1
  }
}

/**
 * Deadline reminders at `now`: from `hour` JST, plans the day's digests once (what is already
 * planned is kept), then sends what is pending. A digest not sent by the end of its day is left:
 * tomorrow's counts the days again.
 */
export const runReminders = async (payload: Payload, now = new Date(), client?: PushClient): Promise<ReminderRunResult> => {
  const options = lineOptionsOf(payload)
  const result: ReminderRunResult = { failed: 0, planned: 0, retry: 0, sent: 0, skipped: 0 }
  const day = options.reminders ? reminderDay(now, options.reminders.hour) : null
  if (options.disabled || !options.reminders || !day) return result
  const due = await dueProgrammes(payload, options.reminders, day)
  if (due.length > 0) result.planned = await plan(payload, options.reminders, day, due)
  await send(payload, options, day, client ?? createMessagingClient(lineClientConfig()), result)
  return result
}

/** In the one server process of the deployment that holds the lease. */
export const remindersTask = (options: ResolvedLineOptions): BackgroundTask => ({
  cron: options.reminders?.cron ?? '0 */10 * * * *',
  name: REMINDERS_TASK,
  run: async (payload) => {
    await runReminders(payload)
  },
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
