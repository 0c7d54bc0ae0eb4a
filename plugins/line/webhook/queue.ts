import type { Payload } from 'payload'

import { createMessagingClient, lineClientConfig } from '../client/config'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { applyPlan, sendReplies } from './apply'
import { type Claim, claimEvent, MAX_EVENT_ATTEMPTS, updateClaimed } from './claim'
import { type HandleContext, planEvent } from './plan'
import { unfinishedEventWhere } from './stale'

const chains = new WeakMap<Payload, Promise<unknown>>()

/** Claims older than this are taken over: the deliveries' lease (`deliveryLeaseMs`). */
const leaseOf = (payload: Payload) => lineOptionsOf(payload).deliveryLeaseMs

const contextOf = (payload: Payload): HandleContext => ({
  client: createMessagingClient(lineClientConfig()),
  options: lineOptionsOf(payload),
  payload,
})

/** Runs a claimed event: plan (stored before anything is applied), apply, record, reply. */
const run = async (payload: Payload, claim: Claim): Promise<boolean> => {
  if (claim.attempt > MAX_EVENT_ATTEMPTS) {
    // Its processes keep dying on it: stop taking it over and leave it for a person to look at.
    await updateClaimed(payload, claim, { error: `gave up after ${MAX_EVENT_ATTEMPTS} attempts`, status: 'failed' })
    return false
  }
  const ctx = contextOf(payload)
  try {
    let plan = claim.row.plan
    if (!plan) {
      plan = await planEvent(ctx, claim.row.event)
      // The plan is kept: a process that dies after applying part of it re-applies the same plan,
      // not a new one computed from the state it half changed.
      if (!(await updateClaimed(payload, claim, { plan }))) return false
    }
    if (plan === 'ignored') return updateClaimed(payload, claim, { error: null, status: 'ignored' })
    await applyPlan(payload, plan, claim.row.webhookEventId)
    if (!(await updateClaimed(payload, claim, { error: null, status: 'done' }))) return false
    await sendReplies(ctx, claim.row.event, plan.replies)
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: `LINE webhook event ${claim.id} failed (attempt ${claim.attempt})` })
    const message = ((error as Error)?.message ?? String(error)).slice(0, 500)
    // Given back for a later sweep, until it has failed too often to be a passing problem.
    await updateClaimed(
      payload,
      claim,
      claim.attempt >= MAX_EVENT_ATTEMPTS ? { error: message, status: 'failed' } : { error: message, status: 'pending' },
    )
    return false
  }
}

const processOne = async (payload: Payload, id: number | string, staleOnly: boolean) => {
  const claim = await claimEvent(payload, id, { leaseMs: leaseOf(payload), staleOnly })
  return claim ? run(payload, claim) : false
}

const chain = <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const next = (chains.get(payload) ?? Promise.resolve()).then(work)
  chains.set(
    payload,
    next.catch(() => undefined),
  )
  return next
}

/**
 * Processes stored events one after another in arrival order (a resident's follow before their
 * postbacks), off the request: the webhook has already answered 200.
 */
export const enqueueEvents = (payload: Payload, ids: (number | string)[]): Promise<void> =>
  chain(payload, async () => {
    for (const id of ids) {
      try {
        await processOne(payload, id, false)
      } catch (error) {
        // Not claimed (the database refused the claim): the sweeper takes the row once it is stale.
        payload.logger.error({ err: error, msg: `LINE webhook event ${id} could not be claimed` })
      }
    }
  })

/** Waits until every queued event of this process is processed (tests, shutdown). */
export const drainQueue = async (payload: Payload) => {
  await (chains.get(payload) ?? Promise.resolve())
}

/**
 * Events a dead process left unfinished: 'pending' for longer than the lease (received, never
 * taken), or 'processing' under a claim older than the lease. Each is claimed atomically, so
 * several processes sweeping at once process it once. Returns how many this process finished.
 */
export const resumeUnfinishedEvents = (payload: Payload): Promise<number> =>
  chain(payload, async () => {
    const cutoff = new Date(Date.now() - leaseOf(payload)).toISOString()
    const stale = await payload.find({
      collection: SLUGS.events,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      pagination: false,
      select: { status: true },
      sort: 'id',
      where: unfinishedEventWhere(cutoff, { staleOnly: true }),
    })
    let finished = 0
    for (const doc of stale.docs) if (await processOne(payload, doc.id, true)) finished += 1
    return finished
  })
