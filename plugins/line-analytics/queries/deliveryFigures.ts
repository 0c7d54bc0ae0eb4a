import type { Payload } from 'payload'

import { LINE, SLUGS } from '../constants'
import { rate } from '../utilities/figures'
import { deliveryClickCounts } from './clickCounts'

export type SnapshotView = {
  checkpoint: string
  delivered: null | number
  fetchedAt: string
  uniqueClicks: null | number
  uniqueImpressions: null | number
  urlClicks: unknown
}

export type DeliveryFigures = {
  /** Our clicks on tracked links (bots and prefetches excluded). */
  clicks: number
  /** Our unique clicks ÷ delivered, in percent. */
  clickRate: null | number
  /** LINE's delivered count (per-unit statistics: our sent count); null under 20. */
  delivered: null | number
  documentTitle: null | string
  id: number | string
  /** Whether LINE's statistics have been read at least once (before that, null means "not yet", not "hidden"). */
  lineStatistics: 'pending' | 'ready'
  lineClickRate: null | number
  lineUniqueClicks: null | number
  links: { clicks: number; code: string; uniqueClicks: number; url: string }[]
  openRate: null | number
  recipients: number
  sent: number
  snapshots: SnapshotView[]
  startedAt: null | string
  status: string
  uniqueClicks: number
  uniqueImpressions: null | number
}

const latestOk = (snapshots: SnapshotView[]) => snapshots[snapshots.length - 1]

/** Everything editors see about one delivery: recipients, LINE's figures over time, our clicks per link. */
export const deliveryFigures = async (payload: Payload, id: number | string): Promise<DeliveryFigures | null> => {
  const delivery = (await payload.findByID({ collection: LINE.deliveries, depth: 0, disableErrors: true, id, overrideAccess: true })) as null | Record<string, unknown>
  if (!delivery) return null
  const [links, snapshots, clicks] = await Promise.all([
    payload.find({ collection: SLUGS.links, depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'createdAt', where: { delivery: { equals: id } } }),
    payload.find({
      collection: SLUGS.snapshots,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'fetchedAt',
      where: { and: [{ delivery: { equals: id } }, { status: { equals: 'ok' } }] },
    }),
    deliveryClickCounts(payload, String(id)),
  ])
  const views: SnapshotView[] = (snapshots.docs as Record<string, unknown>[]).map((s) => ({
    checkpoint: String(s.checkpoint),
    delivered: (s.delivered as null | number) ?? null,
    fetchedAt: String(s.fetchedAt),
    uniqueClicks: (s.uniqueClicks as null | number) ?? null,
    uniqueImpressions: (s.uniqueImpressions as null | number) ?? null,
    urlClicks: s.urlClicks ?? [],
  }))
  const latest = latestOk(views)
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
    links: (links.docs as Record<string, unknown>[]).map((l) => ({
      clicks: perLink.get(String(l.id))?.clicks ?? 0,
      code: String(l.code),
      uniqueClicks: perLink.get(String(l.id))?.uniqueClicks ?? 0,
      url: String(l.url),
    })),
    openRate: rate(latest?.uniqueImpressions, delivered),
    recipients: Number(delivery.total ?? 0),
    sent,
    snapshots: views,
    startedAt: (delivery.startedAt as null | string) ?? null,
    status: String(delivery.status),
    uniqueClicks: clicks.uniqueClicks,
    uniqueImpressions: latest?.uniqueImpressions ?? null,
  }
}
