import type { Payload } from 'payload'

import { SLUGS } from '../constants'
import { dueDeliveryWhere } from './due'
import { type RunOptions, runDelivery } from './run'
import { sleep } from './rateGate'

type Registry = { controllers: Map<string, AbortController>; runs: Set<Promise<unknown>> }

const registries = new WeakMap<Payload, Registry>()
const registryOf = (payload: Payload): Registry => {
  let registry = registries.get(payload)
  if (!registry) {
    registry = { controllers: new Map(), runs: new Set() }
    registries.set(payload, registry)
  }
  return registry
}

/** Runs a delivery in the background of this process, unless this process already runs it. */
export const startDelivery = (payload: Payload, id: number | string, run: RunOptions = {}): Promise<unknown> | undefined => {
  const registry = registryOf(payload)
  const key = String(id)
  if (registry.controllers.has(key)) return undefined
  const controller = new AbortController()
  registry.controllers.set(key, controller)
  const promise = runDelivery(payload, id, { ...run, signal: controller.signal })
    .catch((error) => payload.logger.error({ err: error, msg: `LINE delivery ${key} stopped on an error` }))
    .finally(() => {
      registry.controllers.delete(key)
      registry.runs.delete(promise)
    })
  registry.runs.add(promise)
  return promise
}

/**
 * Starts a just-created delivery without waiting for the scheduler. The create may still be
 * inside its transaction (PostgreSQL), so the row is awaited for a moment first; whichever
 * process claims it first sends it.
 */
export const nudgeDelivery = (payload: Payload, id: number | string) => {
  void (async () => {
    for (let i = 0; i < 30; i += 1) {
      await sleep(i === 0 ? 20 : 100)
      const row = await payload
        .findByID({ collection: SLUGS.deliveries, depth: 0, disableErrors: true, id, overrideAccess: true, select: { status: true } })
        .catch(() => null)
      if (row) {
        startDelivery(payload, id)
        return
      }
    }
  })()
}

/** Deliveries whose time has come, and sending ones a crashed process left behind (the one "due" rule). */
export const findDueDeliveries = async (payload: Payload, limit = 20): Promise<(number | string)[]> => {
  const due = await payload.find({
    collection: SLUGS.deliveries,
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    select: { status: true },
    sort: 'createdAt',
    where: dueDeliveryWhere(new Date()),
  })
  return due.docs.map((d) => d.id)
}

/** One scheduler tick: start every due delivery this process is not already sending. */
export const runDueDeliveries = async (payload: Payload, run: RunOptions = {}) => {
  const ids = await findDueDeliveries(payload)
  return ids.map((id) => startDelivery(payload, id, run)).filter(Boolean)
}

/** Stops this process's deliveries (they stay claimable by another process) and waits for them. */
export const stopDeliveries = async (payload: Payload) => {
  const registry = registryOf(payload)
  for (const controller of registry.controllers.values()) controller.abort()
  await Promise.allSettled([...registry.runs])
}
