import type { Payload } from 'payload'

import { LINE, MANUAL_CHECKPOINT, SLUGS } from '../constants'
import { analyticsOptionsOf } from '../runtime'
import { createInsightClient, type InsightApi } from './client'
import { type DeliveryRow, fetchSnapshot, insightCallsLastHour, plannedDeliveryOf } from './runInsight'

/** One editor-requested read per delivery within this window is enough: LINE updates its figures slowly. */
export const MANUAL_REFRESH_INTERVAL_MS = 5 * 60_000

export type RefreshResult = { error: string; status: 400 | 404 | 409 | 429 | 502 } | { fetchedAt: string; ok: true }

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
  const row = (await payload.findByID({ collection: LINE.deliveries, depth: 0, disableErrors: true, id, overrideAccess: true })) as
    | (DeliveryRow & { mode?: string; status?: string })
    | null
  if (!row) return { error: `配信 ${id} はありません`, status: 404 }
  const planned = row.mode === 'live' && (row.status === 'done' || row.status === 'partial') ? plannedDeliveryOf(row) : null
  if (!planned) return { error: '送信を終えた本配信だけが LINE の統計を持っています', status: 400 }
  const recent = await payload.count({
    collection: SLUGS.snapshots,
    overrideAccess: true,
    where: { and: [{ delivery: { equals: row.id } }, { fetchedAt: { greater_than: new Date(now - MANUAL_REFRESH_INTERVAL_MS).toISOString() } }] },
  })
  if (recent.totalDocs > 0) return { error: '5分以内に取得したばかりです。少し時間をおいてから取得してください', status: 409 }
  const budget = analyticsOptionsOf(payload).insightBudgetPerHour
  if ((await insightCallsLastHour(payload, now)) >= budget) {
    return { error: `LINE の統計取得は1時間に ${budget} 回までです。しばらくしてから取得してください`, status: 429 }
  }
  const ok = await fetchSnapshot(payload, client, { checkpoint: MANUAL_CHECKPOINT.key, delivery: planned }, row, now)
  return ok ? { fetchedAt: new Date(now).toISOString(), ok: true } : { error: 'LINE から統計を取得できませんでした（詳細はサーバーのログ）', status: 502 }
}
