import type { Payload } from 'payload'

import { jstDay, jstDayStart } from '@akita-dx/plugin-core/shared'

import { type CheckpointKey, SLUGS } from '../constants'
import { trackedLinkPrefix } from '../options'
import { recentUnstoredCalls } from './budget'
import type { InsightApi } from './client'
import type { PlannedDelivery } from './plan'
import { type LineStats, snapshotFigures, urlClicksOf } from './snapshot'

const DAY = 86_400_000

/** `yyyyMMdd` in Japan, the date format of LINE's statistics endpoints. */
const lineDate = (time: Date | number | string): string => jstDay(time).replaceAll('-', '')

const errorText = (error: unknown) => {
  const e = error as { body?: string; message?: string; status?: number }
  return `${e.status ? `HTTP ${e.status} ` : ''}${e.body ?? e.message ?? String(error)}`.slice(0, 500)
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

/**
 * Reads one checkpoint of a delivery from LINE and stores it; a failure is stored too (it spent a
 * request of the hour's budget). Resolves with whether the read succeeded.
 */
export const fetchSnapshot = async (
  payload: Payload,
  client: InsightApi,
  { checkpoint, delivery, sent, now }: { checkpoint: CheckpointKey; delivery: PlannedDelivery; now: number; sent: null | number },
): Promise<boolean> => {
  const base = { checkpoint, delivery: delivery.id, fetchedAt: new Date(now).toISOString(), source: 'unit' }
  try {
    // The per-unit endpoint covers at most 30 days from `from`.
    const to = lineDate(Math.min(now, delivery.sentAt + 29 * DAY))
    const stats = (await client.getStatisticsPerUnit(delivery.key, lineDate(delivery.sentAt), to)) as LineStats
    const urlClicks = urlClicksOf(stats, trackedLinkPrefix(payload), await trackedTargets(payload, delivery.id))
    await payload.create({
      collection: SLUGS.snapshots,
      data: { ...base, ...snapshotFigures(stats, sent), status: 'ok', urlClicks },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    payload.logger.warn({ msg: `line-analytics: statistics of delivery ${delivery.id} (${checkpoint}) failed: ${errorText(error)}` })
    await payload.create({ collection: SLUGS.snapshots, data: { ...base, error: errorText(error), status: 'error' }, overrideAccess: true })
    return false
  }
}

/** Reads the account's friends, targeted reaches and blocks of a JST day (`yyyy-MM-dd`) and stores them. */
export const fetchAccount = async (payload: Payload, client: InsightApi, day: string, now: number): Promise<boolean> => {
  const unstored = () => {
    recentUnstoredCalls(payload, now).push(now)
    return false
  }
  try {
    const res = await client.getNumberOfFollowers(lineDate(jstDayStart(day)))
    if (res.status !== 'ready') return unstored()
    await payload.create({
      collection: SLUGS.accountStats,
      data: {
        blocks: res.blocks ?? null,
        day,
        fetchedAt: new Date(now).toISOString(),
        followers: res.followers ?? null,
        targetedReaches: res.targetedReaches ?? null,
      },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    payload.logger.warn({ msg: `line-analytics: account figures of ${day} failed: ${errorText(error)}` })
    return unstored()
  }
}
