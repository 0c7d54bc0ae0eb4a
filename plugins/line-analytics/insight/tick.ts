import type { Payload } from 'payload'

import { addJstDays, jstDay } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { analyticsOptionsOf } from '../options'
import { insightCallsLastHour } from './budget'
import { createInsightClient, type InsightApi } from './client'
import { followedDeliveries, plannedDeliveryOf } from './deliveries'
import { fetchAccount, fetchSnapshot } from './fetch'
import { planInsight, type PlannedDelivery } from './plan'

export type TickResult = { account: boolean; deferred: number; errors: number; fetched: number }

/**
 * One run of the insight task: reads what is due (see planInsight) from LINE and stores it.
 * Runs in one process per deployment (the task holds the lease).
 */
export const runInsightTick = async (
  payload: Payload,
  { client = createInsightClient(), now = Date.now() }: { client?: InsightApi; now?: number } = {},
): Promise<TickResult> => {
  const options = analyticsOptionsOf(payload)
  const state = await followedDeliveries(payload, now)
  const yesterday = addJstDays(jstDay(now), -1)
  const [accountRow, usedLastHour] = await Promise.all([
    payload.count({ collection: SLUGS.accountStats, overrideAccess: true, where: { day: { equals: yesterday } } }),
    insightCallsLastHour(payload, now),
  ])
  const plan = planInsight({
    accountDue: accountRow.totalDocs === 0,
    budgetPerHour: options.insightBudgetPerHour,
    deliveries: state.rows.map(plannedDeliveryOf).filter((d): d is PlannedDelivery => d !== null),
    failedRecently: state.failedRecently,
    now,
    stored: state.stored,
    usedLastHour,
  })
  const result: TickResult = { account: false, deferred: plan.deferred, errors: 0, fetched: 0 }
  if (plan.account) result.account = await fetchAccount(payload, client, yesterday, now)
  const sentOf = new Map(state.rows.map((r) => [String(r.id), r.sent ?? null]))
  for (const { checkpoint, delivery } of plan.fetches) {
    if (await fetchSnapshot(payload, client, { checkpoint, delivery, now, sent: sentOf.get(String(delivery.id)) ?? null }))
      result.fetched += 1
    else result.errors += 1
  }
  return result
}
