import type { Payload } from 'payload'

import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { SLUGS } from '../constants'
import { deliveryClickCounts } from './deliveryClicks'
import { rate } from './figures'
import { readSnapshots } from './snapshots'
import type { DeliveryFigures, SnapshotView } from './types'

const snapshotViews = async (payload: Payload, id: number | string): Promise<SnapshotView[]> =>
  (await readSnapshots(payload, [id])).map((s) => ({
    checkpoint: String(s.checkpoint),
    delivered: s.delivered ?? null,
    fetchedAt: String(s.fetchedAt),
    uniqueClicks: s.uniqueClicks ?? null,
    uniqueImpressions: s.uniqueImpressions ?? null,
    urlClicks: s.urlClicks ?? [],
  }))

/** Everything editors see about one delivery: recipients, LINE's figures over time, our clicks per link; null when it does not exist. */
export const deliveryFigures = async (payload: Payload, id: number | string): Promise<DeliveryFigures | null> => {
  const delivery = (await payload.findByID({
    collection: LINE_SLUGS.deliveries,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as null | Record<string, unknown>
  if (!delivery) return null
  const [links, snapshots, clicks] = await Promise.all([
    payload.find({
      collection: SLUGS.links,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: { delivery: { equals: id } },
    }),
    snapshotViews(payload, id),
    deliveryClickCounts(payload, String(id)),
  ])
  const latest = snapshots.at(-1)
  const sent = Number(delivery.sent ?? 0)
  const delivered = latest ? latest.delivered : sent || null
  const perLink = new Map(clicks.links.map((l) => [l.link, l]))
  return {
    clicks: clicks.clicks,
    clickRate: rate(clicks.uniqueClicks, delivered),
    delivered,
    documentTitle: (delivery.documentTitle as null | string) ?? null,
    id: delivery.id as number | string,
    lineClickRate: rate(latest?.uniqueClicks, delivered),
    lineStatistics: latest ? 'ready' : 'pending',
    lineUniqueClicks: latest?.uniqueClicks ?? null,
    links: links.docs.map((l) => ({
      clicks: perLink.get(String(l.id))?.clicks ?? 0,
      code: String(l.code),
      uniqueClicks: perLink.get(String(l.id))?.uniqueClicks ?? 0,
      url: String(l.url),
    })),
    openRate: rate(latest?.uniqueImpressions, delivered),
    recipients: Number(delivery.total ?? 0),
    sent,
    snapshots,
    startedAt: (delivery.startedAt as null | string) ?? null,
    status: String(delivery.status),
    uniqueClicks: clicks.uniqueClicks,
    uniqueImpressions: latest?.uniqueImpressions ?? null,
  }
}
