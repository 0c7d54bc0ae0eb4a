import type { Payload } from 'payload'

import { compareAndSet } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { dueDeliveryWhere } from './due'

/**
 * Claims a due delivery in one conditional UPDATE on the same rule the scheduler found it with:
 * of two processes that race, exactly one gets it.
 */
export const claimDelivery = (payload: Payload, id: number | string, holder: string, leaseMs: number) => {
  const now = new Date()
  return compareAndSet(payload, SLUGS.deliveries, id, dueDeliveryWhere(now, holder), {
    claimedBy: holder,
    claimedUntil: new Date(now.getTime() + leaseMs).toISOString(),
    status: 'sending',
  })
}

/** Writes to a delivery only while this process still holds its claim. */
export const updateClaimed = (payload: Payload, id: number | string, holder: string, values: Record<string, unknown>, status?: string) =>
  compareAndSet(payload, SLUGS.deliveries, id, { claimedBy: { equals: holder }, ...(status ? { status: { equals: status } } : {}) }, values)

/**
 * Renews the claim every third of the lease while the delivery runs; when another process took it
 * over (or it was cancelled and released), `stop` aborts so this process stops sending at once.
 */
export const keepClaim = (payload: Payload, id: number | string, holder: string, leaseMs: number, stop: AbortController) => {
  let lost = false
  const timer = setInterval(
    () => {
      updateClaimed(payload, id, holder, { claimedUntil: new Date(Date.now() + leaseMs).toISOString() }, 'sending')
        .then((ok) => {
          if (ok) return
          lost = true
          stop.abort()
        })
        .catch((error) => payload.logger.warn({ err: error, msg: `LINE delivery ${id}: renewing the claim failed` }))
    },
    Math.max(200, Math.floor(leaseMs / 3)),
  )
  return { lost: () => lost, release: () => clearInterval(timer) }
}
