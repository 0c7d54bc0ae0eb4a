import type { Payload } from 'payload'

import { SLUGS } from '../constants'

export const HOUR = 3_600_000

/** Account requests that stored nothing (not ready yet, failed): still counted against the hour's budget. */
const unstoredCalls = new WeakMap<Payload, number[]>()

export const recentUnstoredCalls = (payload: Payload, now: number): number[] => {
  const calls = (unstoredCalls.get(payload) ?? []).filter((t) => t > now - HOUR)
  unstoredCalls.set(payload, calls)
  return calls
}

/** LINE insight requests of the last hour: every stored row is one, plus the account reads that stored nothing. */
export const insightCallsLastHour = async (payload: Payload, now: number) => {
  const recent = { fetchedAt: { greater_than: new Date(now - HOUR).toISOString() } }
  const [snapshotCalls, accountCalls] = await Promise.all([
    payload.count({ collection: SLUGS.snapshots, overrideAccess: true, where: recent }),
    payload.count({ collection: SLUGS.accountStats, overrideAccess: true, where: recent }),
  ])
  return snapshotCalls.totalDocs + accountCalls.totalDocs + recentUnstoredCalls(payload, now).length
}
