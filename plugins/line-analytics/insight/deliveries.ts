import type { Payload } from 'payload'

import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { type CheckpointKey, SLUGS } from '../constants'
import { HOUR } from './budget'
import type { PlannedDelivery } from './plan'

/** Deliveries are followed for LINE's 14 days plus slack for a server that was down. */
const FOLLOW_MS = 30 * 86_400_000

export type DeliveryRow = {
  aggregationUnit?: null | string
  finishedAt?: null | string
  id: number | string
  mode?: string
  sent?: null | number
  startedAt?: null | string
  status?: string
}

/** Whether LINE has statistics of a delivery: a live send that finished. */
export const hasStatistics = (row: DeliveryRow) => row.mode === 'live' && (row.status === 'done' || row.status === 'partial')

/** How LINE's statistics of a delivery are read: by its aggregation unit, from when it went out. */
export const plannedDeliveryOf = (row: DeliveryRow): null | PlannedDelivery => {
  const sentAt = Date.parse(row.startedAt ?? row.finishedAt ?? '')
  if (!Number.isFinite(sentAt) || !row.aggregationUnit) return null
  return { id: row.id, key: row.aggregationUnit, sentAt }
}

/** Live deliveries of the last 30 days that finished, and what is stored (or failed lately) of their checkpoints. */
export const followedDeliveries = async (payload: Payload, now: number) => {
  const since = new Date(now - FOLLOW_MS).toISOString()
  const deliveries = await payload.find({
    collection: LINE_SLUGS.deliveries,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ mode: { equals: 'live' } }, { status: { in: ['done', 'partial'] } }, { startedAt: { greater_than: since } }] },
  })
  const rows = deliveries.docs as unknown as DeliveryRow[]
  const snapshots = rows.length
    ? await payload.find({
        collection: SLUGS.snapshots,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: { checkpoint: true, delivery: true, fetchedAt: true, status: true },
        where: { delivery: { in: rows.map((r) => r.id) } },
      })
    : { docs: [] }
  const hourAgo = new Date(now - HOUR).toISOString()
  const stored = new Map<string, Set<CheckpointKey>>()
  const failedRecently = new Set<string>()
  for (const s of snapshots.docs as { checkpoint: CheckpointKey; delivery: number | string; fetchedAt: string; status: string }[]) {
    if (s.status === 'ok') stored.set(String(s.delivery), (stored.get(String(s.delivery)) ?? new Set<CheckpointKey>()).add(s.checkpoint))
    else if (s.fetchedAt > hourAgo) failedRecently.add(`${s.delivery}:${s.checkpoint}`)
  }
  return { failedRecently, rows, stored }
}
