import { idKeyOf } from '@akita-dx/plugin-core/shared'
import { segmentKeyOf } from '@akita-dx/plugin-line'

import type { ClickGroup } from './clicks'
import { rate } from './figures'
import type { Labels } from './labels'
import type { DeliveryFields, LinkFields } from './sources'
import type { DashboardFilter, DashboardRow } from './types'

type Attributes = { category: null | string; department: null | string; document: null | string; segment: null | string }

/** A delivery's category, department, document and segments, from the first of its links that says. */
export const attributesByDelivery = (links: LinkFields[]): Map<string, Attributes> => {
  const attributes = new Map<string, Attributes>()
  for (const l of links) {
    const id = idKeyOf(l.delivery)
    if (id && !attributes.has(id)) {
      attributes.set(id, {
        category: l.category ?? null,
        department: l.department ?? null,
        document: l.document ?? null,
        segment: l.segment ?? null,
      })
    }
  }
  return attributes
}

/** Our clicks and unique clicks per delivery over the period's groups. */
export const clicksByDelivery = (groups: ClickGroup[]): Map<string, { clicks: number; uniqueClicks: number }> => {
  const perDelivery = new Map<string, { clicks: number; uniqueClicks: number }>()
  for (const g of groups) {
    if (!g.delivery) continue
    const e = perDelivery.get(g.delivery) ?? { clicks: 0, uniqueClicks: 0 }
    e.clicks += g.clicks
    e.uniqueClicks += g.uniqueClicks
    perDelivery.set(g.delivery, e)
  }
  return perDelivery
}

export type RowInputs = {
  attributes: Map<string, Attributes>
  clicks: Map<string, { clicks: number; uniqueClicks: number }>
  labels: Labels
  /** The latest successful snapshot of each delivery. */
  latest: Map<string, Record<string, unknown>>
}

const figureOf = (snapshot: Record<string, unknown> | undefined, key: string): null | number =>
  snapshot ? ((snapshot[key] as null | number) ?? null) : null

/** One delivery's row: who it reached (LINE's latest figures when read, else our sent count) and how residents responded. */
const rowOf = (d: DeliveryFields, { attributes, clicks, labels, latest }: RowInputs): DashboardRow => {
  const id = String(d.id)
  const linked = attributes.get(id)
  const { segment: linkedSegment, ...attr } = linked ?? {
    category: null,
    department: idKeyOf(d.department),
    document: d.collection && d.document ? `${d.collection}:${d.document}` : null,
    segment: null,
  }
  // Links carry the key made when the delivery was sent; a delivery without links has its own segments.
  const segment = linked ? linkedSegment : segmentKeyOf(d.segments)
  const snap = latest.get(id)
  const delivered = snap ? figureOf(snap, 'delivered') : Number(d.sent ?? 0) || null
  const ours = clicks.get(id) ?? { clicks: 0, uniqueClicks: 0 }
  return {
    ...attr,
    categoryLabel: attr.category ? labels.categoryLabel(attr.category) : '—',
    clickRate: rate(ours.uniqueClicks, delivered),
    clicks: ours.clicks,
    delivered,
    departmentLabel: attr.department ? (labels.department.get(attr.department) ?? attr.department) : '—',
    id,
    lineClickRate: rate(figureOf(snap, 'uniqueClicks'), delivered),
    lineStatistics: snap ? 'ready' : 'pending',
    lineUniqueClicks: figureOf(snap, 'uniqueClicks'),
    openRate: rate(figureOf(snap, 'uniqueImpressions'), delivered),
    recipients: Number(d.total ?? 0),
    segment,
    segmentLabel: labels.segmentLabel(segment),
    startedAt: d.startedAt ?? null,
    title: String(d.documentTitle ?? `#${id}`),
    uniqueClicks: ours.uniqueClicks,
    uniqueImpressions: figureOf(snap, 'uniqueImpressions'),
  }
}

const matchesFilter = (row: DashboardRow, filter: DashboardFilter) =>
  (!filter.category || row.category === filter.category) &&
  (!filter.department || row.department === filter.department) &&
  (!filter.segment || row.segment === filter.segment)

/** The dashboard's rows: every delivery that matches the filter, the latest started first. */
export const dashboardRows = (deliveries: DeliveryFields[], filter: DashboardFilter, inputs: RowInputs): DashboardRow[] =>
  deliveries
    .map((d) => rowOf(d, inputs))
    .filter((row) => matchesFilter(row, filter))
    .sort((a, b) => String(b.startedAt ?? '').localeCompare(String(a.startedAt ?? '')))
