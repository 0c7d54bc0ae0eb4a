import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload, Where } from 'payload'

import { compareAndSet } from '@akita-dx/plugin-core'

import { createMessagingClient, lineClientConfig } from '../client/config'
import { followingLineUserId, type PushClient, type PushOutcome, pushOne } from '../client/pushOne'
import { deterministicRetryKey } from '../client/retryKey'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import type { ResolvedLineOptions } from '../types'
import { type StepContent, stepMessage } from './message'
import { dueWhere } from './schedule'

export const STEPS_TASK = 'line-steps'

/** At most this many pushes a run: a backlog drains over runs instead of holding one for long. */
const RUN_LIMIT = 500

type Series = { id: number | string; steps?: StepContent[] | null }
type Enrolment = { id: number | string; lastDay: number; subscriber: null | number | string }
type Outcome = 'stopped' | PushOutcome['kind']

export type StepRunResult = { failed: number; retry: number; sent: number; stopped: number }

type Ctx = { client: PushClient; options: ResolvedLineOptions; payload: Payload }

/** The enrolments of a series whose next step is `step`: past the previous step, before this one, due now. */
const dueFor = (series: Series, index: number, now: Date, sendHour: number): Where => {
  const steps = series.steps ?? []
  const step = steps[index]
  const previous = index > 0 ? steps[index - 1].day : -1
  return {
    and: [
      { series: { equals: series.id } },
      { state: { equals: 'active' } },
      { lastDay: { greater_than_equal: previous } },
      { lastDay: { less_than: step.day } },
      dueWhere(step.day, now, sendHour),
    ],
  }
}

/**
 * One step to one resident. The retry key is derived from the enrolment and the step's day, so
 * a push repeated after a crash or a lost answer is one message (LINE answers 409), and only the
 * enrolment still at the previous step moves on: each step reaches each resident once.
 */
const sendStep = async (ctx: Ctx, enrolment: Enrolment, step: StepContent, isLast: boolean): Promise<Outcome> => {
  const { options, payload } = ctx
  const at = { lastDay: { equals: enrolment.lastDay } }
  const set = (values: Record<string, unknown>) => compareAndSet(payload, SLUGS.stepEnrolments, enrolment.id, at, values)
  const to = await followingLineUserId(payload, enrolment.subscriber)
  if (!to) {
    await set({ state: 'stopped', stoppedAt: new Date().toISOString() })
    return 'stopped'
  }
  const messages = [stepMessage(step, options.accentColor)]
  const retryKey = deterministicRetryKey(`line-step:${enrolment.id}:${step.day}`)
  const outcome = await pushOne(ctx.client, { messages, retryKey, timeoutMs: options.retry.timeoutMs, to })
  if (outcome.kind === 'failed') await set({ lastError: outcome.message, state: 'failed' })
  // 5xx, 429, timeout: the same key next run.
  else if (outcome.kind === 'retry') await set({ lastError: outcome.message })
  else await set({ lastDay: step.day, lastError: null, ...(isLast ? { state: 'completed' } : {}) })
  return outcome.kind
}

const activeSeries = async (payload: Payload): Promise<Series[]> =>
  (
    await payload.find({
      collection: SLUGS.stepSeries,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { active: { equals: true } },
    })
  ).docs as unknown as Series[]

/**
 * Sends the steps due at `now`. Later steps are looked at first, so a resident several steps
 * behind (a series switched off and on again) gets one message a run, not all at once.
 */
export const sendDueSteps = async (payload: Payload, now = new Date(), client?: Ctx['client']): Promise<StepRunResult> => {
  const options = lineOptionsOf(payload)
  const result: StepRunResult = { failed: 0, retry: 0, sent: 0, stopped: 0 }
  if (options.disabled) return result
  const ctx: Ctx = { client: client ?? createMessagingClient(lineClientConfig()), options, payload }
  let budget = RUN_LIMIT
  for (const series of await activeSeries(payload)) {
    const steps = series.steps ?? []
    for (let index = steps.length - 1; index >= 0 && budget > 0; index -= 1) {
      const { docs } = await payload.find({
        collection: SLUGS.stepEnrolments,
        depth: 0,
        limit: budget,
        overrideAccess: true,
        sort: 'startedAt',
        where: dueFor(series, index, now, options.steps.sendHour),
      })
      for (const enrolment of docs as unknown as Enrolment[]) {
        result[await sendStep(ctx, enrolment, steps[index], index === steps.length - 1)] += 1
        budget -= 1
      }
    }
  }
  return result
}

/** Due steps every minute, in the one server process of the deployment that holds the lease. */
export const stepsTask = (options: ResolvedLineOptions): BackgroundTask => ({
  cron: options.steps.cron,
  name: STEPS_TASK,
  run: async (payload) => {
    await sendDueSteps(payload)
  },
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
