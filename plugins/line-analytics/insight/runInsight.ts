import type { Payload } from 'payload'

import { type CheckpointKey, LINE, SLUGS } from '../constants'
import { analyticsOptionsOf, publicBaseUrlOf } from '../runtime'
import { addDays, jstDay, lineDate } from '../utilities/dates'
import { planInsight, type PlannedDelivery, type PlannedFetch } from '../utilities/planInsight'
import { createInsightClient, type InsightApi } from './client'
import { type LineStats, snapshotFigures, urlClicksOf } from './snapshot'

const HOUR = 3_600_000
/** Deliveries are followed for LINE's 14 days plus slack for a server that was down. */
const FOLLOW_MS = 30 * 86_400_000

export type DeliveryRow = {
  aggregationUnit?: null | string
  broadcastRequestId?: null | string
  finishedAt?: null | string
  id: number | string
  narrowcastRequestId?: null | string
  sent?: null | number
  startedAt?: null | string
}

export type TickResult = { account: boolean; deferred: number; errors: number; fetched: number }

const errorText = (error: unknown) => {
  const e = error as { body?: string; message?: string; status?: number }
  return `${e.status ? `HTTP ${e.status} ` : ''}${e.body ?? e.message ?? String(error)}`.slice(0, 500)
}

/** How LINE's statistics of a delivery are read: per unit (multicast/push) or by request id (narrowcast/broadcast). */
export const plannedDeliveryOf = (row: DeliveryRow): null | PlannedDelivery => {
  const sentAt = Date.parse(row.startedAt ?? row.finishedAt ?? '')
  if (!Number.isFinite(sentAt)) return null
  const requestId = row.narrowcastRequestId ?? row.broadcastRequestId
  if (requestId) return { id: row.id, key: requestId, kind: 'event', sentAt }
  if (row.aggregationUnit) return { id: row.id, key: row.aggregationUnit, kind: 'unit', sentAt }
  return null
}

const readState = async (payload: Payload, now: number) => {
  const since = new Date(now - FOLLOW_MS).toISOString()
  const deliveries = await payload.find({
    collection: LINE.deliveries,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ mode: { equals: 'live' } }, { status: { in: ['done', 'partial'] } }, { startedAt: { greater_than: since } }] },
  })
  const rows = deliveries.docs as unknown as DeliveryRow[]
  const hourAgo = new Date(now - HOUR).toISOString()
  const ids = rows.map((r) => r.id)
  const snapshots = ids.length
    ? await payload.find({
        collection: SLUGS.snapshots,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: { checkpoint: true, delivery: true, fetchedAt: true, status: true },
        where: { delivery: { in: ids } },
      })
    : { docs: [] }
  const stored = new Map<string, Set<CheckpointKey>>()
  const failedRecently = new Set<string>()
  for (const s of snapshots.docs as { checkpoint: CheckpointKey; delivery: number | string; fetchedAt: string; status: string }[]) {
    if (s.status === 'ok') {
      const set = stored.get(String(s.delivery)) ?? new Set<CheckpointKey>()
      set.add(s.checkpoint)
      stored.set(String(s.delivery), set)
    } else if (s.fetchedAt > hourAgo) failedRecently.add(`${s.delivery}:${s.checkpoint}`)
  }
  return { failedRecently, rows, stored, usedLastHour: await insightCallsLastHour(payload, now) }
}

/** LINE insight requests of the last hour (every stored row is one; see recentUnstored for the rest). */
export const insightCallsLastHour = async (payload: Payload, now: number) => {
  const recent = { fetchedAt: { greater_than: new Date(now - HOUR).toISOString() } }
  const [snapshotCalls, accountCalls] = await Promise.all([
    payload.count({ collection: SLUGS.snapshots, overrideAccess: true, where: recent }),
    payload.count({ collection: SLUGS.accountStats, overrideAccess: true, where: recent }),
  ])
  return snapshotCalls.totalDocs + accountCalls.totalDocs + recentUnstored(payload, now).length
}

const trackedTargets = async (payload: Payload, deliveryId: number | string) => {
  const links = await payload.find({
    collection: SLUGS.links,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { code: true, url: true },
    where: { delivery: { equals: deliveryId } },
  })
  return new Map((links.docs as unknown as { code: string; url: string }[]).map((l) => [l.code, l.url]))
}

export const fetchSnapshot = async (
  payload: Payload,
  client: InsightApi,
  fetch: Pick<PlannedFetch, 'checkpoint' | 'delivery'>,
  row: DeliveryRow | undefined,
  now: number,
) => {
  const { delivery } = fetch
  const base = { checkpoint: fetch.checkpoint, delivery: delivery.id, fetchedAt: new Date(now).toISOString(), source: delivery.kind }
  try {
    let stats: LineStats
    if (delivery.kind === 'unit') {
      const from = lineDate(delivery.sentAt)
      // The per-unit endpoint covers at most 30 days from `from`.
      const to = lineDate(Math.min(now, delivery.sentAt + 29 * 86_400_000))
      stats = (await client.getStatisticsPerUnit(delivery.key, from, to)) as LineStats
    } else {
      stats = (await client.getMessageEvent(delivery.key)) as LineStats
    }
    const options = analyticsOptionsOf(payload)
    const prefix = `${publicBaseUrlOf(payload, options)}${options.redirectPath}/`
    await payload.create({
      collection: SLUGS.snapshots,
      data: {
        ...base,
        ...snapshotFigures(stats, row?.sent ?? null),
        status: 'ok',
        urlClicks: urlClicksOf(stats, prefix, await trackedTargets(payload, delivery.id)),
      },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    payload.logger.warn({ msg: `line-analytics: statistics of delivery ${delivery.id} (${fetch.checkpoint}) failed: ${errorText(error)}` })
    await payload.create({ collection: SLUGS.snapshots, data: { ...base, error: errorText(error), status: 'error' }, overrideAccess: true })
    return false
  }
}

/** Account requests that stored nothing (not ready yet, failed): still counted against the hour's budget. */
const unstoredCalls = new WeakMap<Payload, number[]>()
const recentUnstored = (payload: Payload, now: number) => {
  const calls = (unstoredCalls.get(payload) ?? []).filter((t) => t > now - HOUR)
  unstoredCalls.set(payload, calls)
  return calls
}

const fetchAccount = async (payload: Payload, client: InsightApi, day: string, now: number) => {
  const unstored = () => {
    recentUnstored(payload, now).push(now)
    return false
  }
  try {
    const res = await client.getNumberOfFollowers(day.replaceAll('-', ''))
    if (res.status !== 'ready') return unstored()
    await payload.create({
      collection: SLUGS.accountStats,
      data: { blocks: res.blocks ?? null, day, fetchedAt: new Date(now).toISOString(), followers: res.followers ?? null, targetedReaches: res.targetedReaches ?? null },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    payload.logger.warn({ msg: `line-analytics: account figures of ${day} failed: ${errorText(error)}` })
    return unstored()
  }
}

/**
 * One tick of the insight job: reads what is due (see planInsight) from LINE and stores it.
 * Runs in one process per deployment (the caller holds the lease).
 */
export const runInsightTick = async (
  payload: Payload,
  { client = createInsightClient(), now = Date.now() }: { client?: InsightApi; now?: number } = {},
): Promise<TickResult> => {
  const options = analyticsOptionsOf(payload)
  const state = await readState(payload, now)
  const yesterday = addDays(jstDay(now), -1)
  const accountRow = await payload.count({ collection: SLUGS.accountStats, overrideAccess: true, where: { day: { equals: yesterday } } })
  const deliveries = state.rows.map(plannedDeliveryOf).filter((d): d is PlannedDelivery => d !== null)
  const plan = planInsight({
    accountDue: accountRow.totalDocs === 0,
    budgetPerHour: options.insightBudgetPerHour,
    deliveries,
    failedRecently: state.failedRecently,
    now,
    stored: state.stored,
    usedLastHour: state.usedLastHour,
  })
  const result: TickResult = { account: false, deferred: plan.deferred, errors: 0, fetched: 0 }
  if (plan.account) result.account = await fetchAccount(payload, client, yesterday, now)
  const byId = new Map(state.rows.map((r) => [String(r.id), r]))
  for (const fetch of plan.fetches) {
    if (await fetchSnapshot(payload, client, fetch, byId.get(String(fetch.delivery.id)), now)) result.fetched += 1
    else result.errors += 1
  }
  return result
}
