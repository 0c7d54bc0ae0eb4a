import type { Payload } from 'payload'

import { compareAndSet } from '../../../src/lib/atomic'
import { createMessagingClient, lineClientConfig } from '../clientConfig'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../runtime'
import { handleEvent } from './handleEvent'
import type { WebhookEvent } from './store'

const chains = new WeakMap<Payload, Promise<void>>()

const processOne = async (payload: Payload, id: number | string) => {
  // Claimed in one statement: a row is processed once even if two processes drain together.
  if (!(await compareAndSet(payload, SLUGS.events, id, { status: 'pending' }, { status: 'processing' }))) return
  const row = (await payload.findByID({ collection: SLUGS.events, depth: 0, id, overrideAccess: true })) as unknown as { event: WebhookEvent }
  try {
    const result = await handleEvent(
      { client: createMessagingClient(lineClientConfig()), options: lineOptionsOf(payload), payload },
      row.event,
    )
    await compareAndSet(payload, SLUGS.events, id, { status: 'processing' }, { status: result })
  } catch (error) {
    payload.logger.error({ err: error, msg: `LINE webhook event ${id} failed` })
    await compareAndSet(payload, SLUGS.events, id, { status: 'processing' }, {
      error: (error as Error).message?.slice(0, 500) ?? 'error',
      status: 'failed',
    })
  }
}

/**
 * Processes stored events one after another in arrival order (a resident's follow before their
 * postbacks), off the request: the webhook has already answered 200.
 */
export const enqueueEvents = (payload: Payload, ids: (number | string)[]): Promise<void> => {
  const previous = chains.get(payload) ?? Promise.resolve()
  const next = previous.then(async () => {
    for (const id of ids) await processOne(payload, id)
  })
  chains.set(payload, next.catch(() => undefined))
  return next
}

/** Waits until every queued event of this process is processed (tests, shutdown). */
export const drainQueue = async (payload: Payload) => {
  await (chains.get(payload) ?? Promise.resolve())
}

/** Events a crash left pending: processed at start-up. */
export const resumePendingEvents = async (payload: Payload) => {
  const pending = await payload.find({
    collection: SLUGS.events,
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    pagination: false,
    select: { status: true },
    sort: 'receivedAt',
    where: { status: { equals: 'pending' } },
  })
  if (pending.docs.length) await enqueueEvents(payload, pending.docs.map((d) => d.id))
}
