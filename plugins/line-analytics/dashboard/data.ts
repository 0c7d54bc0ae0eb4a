import type { Payload } from 'payload'

import { addJstDays, idKeyOf, jstDayStart } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { type Locale, localeOf } from '../translations'
import { type ClickFilter, type ClickGroup, clickGroups, type ClickSource } from './clicks'
import { daysOf } from './filter'
import { type Labels, labelsOf } from './labels'
import { attributesByDelivery, clicksByDelivery, dashboardRows } from './rows'
import { attributeSeries, dailySeries, topDocuments, totalsOf } from './series'
import { readSnapshots } from './snapshots'
import { type DeliveryFields, deliverySegments, linkAttributes, liveDeliveries } from './sources'
import type { AccountDay, Dashboard, DashboardFilter } from './types'

/** The period's click groups; filters on a delivery's attributes become the list of deliveries whose links carry them. */
const periodGroups = async (payload: Payload, filter: DashboardFilter, source: ClickSource): Promise<ClickGroup[]> => {
  const clickFilter: ClickFilter = { from: filter.from, to: filter.to }
  const keys = (['category', 'department', 'segment'] as const).filter((k) => filter[k])
  if (keys.length) {
    const matching = await payload.find({
      collection: SLUGS.links,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { delivery: true },
      where: { and: keys.map((k) => ({ [k]: { equals: filter[k] } })) },
    })
    clickFilter.deliveries = [...new Set(matching.docs.map((l) => idKeyOf(l.delivery)).filter((d): d is string => d !== null))]
    if (clickFilter.deliveries.length === 0) return []
  }
  return clickGroups(payload, clickFilter, source)
}

/** The latest successful snapshot of each delivery. */
const latestSnapshots = async (payload: Payload, ids: string[]): Promise<Map<string, Record<string, unknown>>> =>
  new Map((await readSnapshots(payload, ids)).map((s) => [String(idKeyOf(s.delivery)), s as Record<string, unknown>]))

const accountDays = async (payload: Payload, filter: DashboardFilter): Promise<AccountDay[]> => {
  const found = await payload.find({
    collection: SLUGS.accountStats,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'day',
    where: { and: [{ day: { greater_than_equal: filter.from } }, { day: { less_than_equal: filter.to } }] },
  })
  return found.docs.map((a) => ({
    blocks: a.blocks ?? null,
    day: String(a.day),
    followers: a.followers ?? null,
    targetedReaches: a.targetedReaches ?? null,
  }))
}

/** The segments of deliveries that have no tracked link to say them (one more query on SQL, only for those). */
const withSegments = async (
  payload: Payload,
  deliveries: DeliveryFields[],
  attributes: Map<string, unknown>,
): Promise<DeliveryFields[]> => {
  const unlinked = deliveries.filter((d) => !d.segments && !attributes.has(String(d.id)))
  if (unlinked.length === 0) return deliveries
  const segments = await deliverySegments(
    payload,
    unlinked.map((d) => d.id),
  )
  return deliveries.map((d) => (segments.has(String(d.id)) ? { ...d, segments: segments.get(String(d.id)) } : d))
}

const filterOptions = (labels: Labels): Dashboard['options'] => {
  const list = (map: Map<string, string>) => [...map].map(([value, label]) => ({ label, value }))
  return { categories: list(labels.category), departments: list(labels.department), segments: list(labels.segment) }
}

/**
 * The dashboard's figures for a period and filters: totals, clicks per day, per segment and
 * per category over time, each live delivery with LINE's latest figures and ours, the top
 * announcements by click rate, and the account's followers and blocks. Unique clicks are
 * counted per delivery and day (the visitor key changes daily) and summed, as in
 * `GET /api/line-analytics/deliveries/:id`. The counts come from the daily roll-up;
 * `{ source: 'clicks' }` counts the click rows instead (same result; for checks and benchmarks).
 * Labels are in the locale's language (Japanese by default).
 */
export const dashboardData = async (
  payload: Payload,
  filter: DashboardFilter,
  { locale = localeOf(), source = 'days' }: { locale?: Locale; source?: ClickSource } = {},
): Promise<Dashboard> => {
  const groups = await periodGroups(payload, filter, source)
  const clicked = [...new Set(groups.map((g) => g.delivery).filter((d): d is string => d !== null))]
  const deliveries = await liveDeliveries(
    payload,
    jstDayStart(filter.from).toISOString(),
    jstDayStart(addJstDays(filter.to, 1)).toISOString(),
    clicked,
  )
  const ids = deliveries.map((d) => String(d.id))
  const [links, latest, labels, account] = await Promise.all([
    linkAttributes(payload, ids),
    latestSnapshots(payload, ids),
    labelsOf(payload, locale),
    accountDays(payload, filter),
  ])
  const attributes = attributesByDelivery(links)
  const rows = dashboardRows(await withSegments(payload, deliveries, attributes), filter, {
    attributes,
    clicks: clicksByDelivery(groups),
    labels,
    latest,
  })
  const kept = new Set(rows.map((r) => r.id))
  const keptGroups = groups.filter((g) => g.delivery && kept.has(g.delivery))
  const days = daysOf(filter.from, filter.to)
  return {
    account,
    ...attributeSeries(keptGroups, rows, days, labels),
    daily: dailySeries(keptGroups, days),
    deliveries: rows,
    filter,
    options: filterOptions(labels),
    topAnnouncements: topDocuments(rows),
    totals: totalsOf(rows),
  }
}
