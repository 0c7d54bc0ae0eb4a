import type { Payload } from 'payload'

import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { MANUAL_CHECKPOINT, SLUGS } from '../constants'
import { analyticsOptionsOf } from '../options'
import type { AnalyticsTranslationKey } from '../translations'
import { insightCallsLastHour } from './budget'
import { createInsightClient, type InsightApi } from './client'
import { type DeliveryRow, hasStatistics, plannedDeliveryOf } from './deliveries'
import { fetchSnapshot } from './fetch'

/** One editor-requested read per delivery within this window is enough: LINE updates its figures slowly. */
const MANUAL_REFRESH_INTERVAL_MS = 5 * 60_000

export type RefreshRefusal = { message: AnalyticsTranslationKey; status: 400 | 404 | 409 | 429 | 502; vars?: Record<string, unknown> }

export type RefreshResult = { fetchedAt: string; ok: true } | RefreshRefusal

/**
 * Reads LINE's statistics of one delivery now, for an editor who does not want to wait for the
 * next checkpoint. Shares the hourly insight budget with the scheduled reads, so asking often
 * only delays them, never exceeds LINE's limit.
 */
export const refreshDeliveryInsight = async (
  payload: Payload,
  id: number | string,
  { client = createInsightClient(), now = Date.now() }: { client?: InsightApi; now?: number } = {},
): Promise<RefreshResult> => {
  const row = (await payload.findByID({
    collection: LINE_SLUGS.deliveries,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as DeliveryRow | null
  if (!row) return { message: 'errorDeliveryMissing', status: 404, vars: { id } }
  const planned = hasStatistics(row) ? plannedDeliveryOf(row) : null
  if (!planned) return { message: 'errorNotFinished', status: 400 }
  const recent = await payload.count({
    collection: SLUGS.snapshots,
    overrideAccess: true,
    where: {
      and: [{ delivery: { equals: row.id } }, { fetchedAt: { greater_than: new Date(now - MANUAL_REFRESH_INTERVAL_MS).toISOString() } }],
    },
  })
  if (recent.totalDocs > 0) return { message: 'errorRecentlyFetched', status: 409 }
  const budget = analyticsOptionsOf(payload).insightBudgetPerHour
  if ((await insightCallsLastHour(payload, now)) >= budget) return { message: 'errorBudget', status: 429, vars: { budget } }
  const ok = await fetchSnapshot(payload, client, { checkpoint: MANUAL_CHECKPOINT, delivery: planned, now, sent: row.sent ?? null })
  return ok ? { fetchedAt: new Date(now).toISOString(), ok: true } : { message: 'errorFetchFailed', status: 502 }
}
