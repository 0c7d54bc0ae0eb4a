/** What the dashboard and a delivery's figures are made of; shared with the client components (types only). */

export type DashboardFilter = { category?: string; department?: string; from: string; segment?: string; to: string }

/** One live delivery on the dashboard, with LINE's latest figures and ours. */
export type DashboardRow = {
  category: null | string
  categoryLabel: string
  clickRate: null | number
  clicks: number
  delivered: null | number
  department: null | string
  departmentLabel: string
  document: null | string
  id: string
  lineClickRate: null | number
  lineStatistics: 'pending' | 'ready'
  lineUniqueClicks: null | number
  openRate: null | number
  recipients: number
  segment: null | string
  segmentLabel: string
  startedAt: null | string
  title: string
  uniqueClicks: number
  uniqueImpressions: null | number
}

export type Series = { keys: { key: string; label: string }[]; rows: Record<string, number | string>[] }

export type DailyClicks = { clicks: number; day: string; uniqueClicks: number }

export type AccountDay = { blocks: null | number; day: string; followers: null | number; targetedReaches: null | number }

export type Option = { label: string; value: string }

export type TopDocument = {
  clickRate: null | number
  deliveries: number
  delivered: number
  document: string
  title: string
  uniqueClicks: number
}

export type Totals = {
  clickRate: null | number
  clicks: number
  delivered: number
  deliveries: number
  openRate: null | number
  recipients: number
  uniqueClicks: number
  uniqueImpressions: number
}

export type Dashboard = {
  account: AccountDay[]
  byCategory: Series
  bySegment: Series
  daily: DailyClicks[]
  deliveries: DashboardRow[]
  filter: DashboardFilter
  options: { categories: Option[]; departments: Option[]; segments: Option[] }
  topAnnouncements: TopDocument[]
  totals: Totals
}

export type SnapshotView = {
  checkpoint: string
  delivered: null | number
  fetchedAt: string
  uniqueClicks: null | number
  uniqueImpressions: null | number
  urlClicks: unknown
}

/** Everything editors see about one delivery: recipients, LINE's figures over time, our clicks per link. */
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
