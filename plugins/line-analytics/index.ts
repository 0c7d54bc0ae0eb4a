import type { CollectionConfig, Config } from 'payload'

import {
  addBackgroundTasks,
  addServerRoutes,
  appendAdminComponents,
  applyOverrides,
  mapCollection,
  withCore,
  withLeases,
  withTranslations,
} from '@akita-dx/plugin-core'
import { addMessageTransform, LINE_SLUGS, lineOptionsOf, type ResolvedLineOptions } from '@akita-dx/plugin-line'

import { accountStatsCollection } from './collections/AccountStats'
import { clickDaysCollection } from './collections/ClickDays'
import { insightSnapshotsCollection } from './collections/InsightSnapshots'
import { linkClicksCollection } from './collections/LinkClicks'
import { withResultsPanel, withStatisticsWarning } from './collections/panels'
import { trackedLinksCollection } from './collections/TrackedLinks'
import { resolveOptions } from './defaults'
import { analyticsEndpoints } from './endpoints'
import { insightTask } from './insight/task'
import { attachAnalyticsOptions } from './options'
import { redirectRoute } from './redirect/route'
import { clickRetentionTask } from './retention/prune'
import { clicksTask } from './rollup/task'
import { trackLinksTransform } from './tracking/transform'
import { translations } from './translations'
import type { LineAnalyticsOptions, ResolvedAnalyticsOptions } from './types'

export { CLICK_DAYS_SLUG, SLUGS as LINE_ANALYTICS_SLUGS } from './constants'
export { clickGroups, dashboardData, deliveryClickCounts, deliveryFigures, parseDashboardFilter } from './dashboard'
export type { ClickSource, Dashboard, DashboardFilter, DeliveryFigures } from './dashboard'
export { refreshDeliveryInsight } from './insight/refreshNow'
export { runInsightTick } from './insight/tick'
export { analyticsOptionsOf } from './options'
export { flushClicks } from './rollup/clickBuffer'
export { rebuildClickDays } from './rollup/clickDays'
export { type ClickRow, writeClicks } from './rollup/writeClicks'
export { pruneClicks } from './retention/prune'
export { collectMessageLinks, rewriteMessageLinks } from './tracking/rewriteLinks'
export { type LinkAttributes, trackLinks } from './tracking/transform'
export type { LineAnalyticsOptions } from './types'

const RSC = '@akita-dx/plugin-line-analytics/rsc'

const ownCollections = (options: ResolvedAnalyticsOptions): CollectionConfig[] => [
  ...applyOverrides(
    [trackedLinksCollection(options), linkClicksCollection(options), insightSnapshotsCollection(options), accountStatsCollection(options)],
    options.overrides,
  ),
  // The daily roll-up is not overridable: the click flusher writes its columns with its own SQL.
  clickDaysCollection(options),
]

const lineOptionsIn = (config: Config): ResolvedLineOptions => {
  try {
    return lineOptionsOf(config)
  } catch {
    throw new Error('lineAnalyticsPlugin: install linePlugin first (plugins: [linePlugin(…), lineAnalyticsPlugin()])')
  }
}

/** The results panel on every collection the LINE plugin sends from, the warning on segments. */
const withPanels = (config: Config, options: ResolvedAnalyticsOptions): Config => {
  let next = mapCollection(config, LINE_SLUGS.segments, (c) => withStatisticsWarning(c, options.disabled))
  for (const slug of options.sources) next = mapCollection(next, slug, (c) => withResultsPanel(c, options.disabled))
  return next
}

const withAdmin = (config: Config): Config =>
  appendAdminComponents(config, {
    afterDashboard: [`${RSC}#DashboardWidget`],
    afterNavLinks: [`${RSC}#NavLink`],
    views: { lineAnalytics: { Component: `${RSC}#AnalyticsView`, path: '/line-analytics' } },
  })

/**
 * Click analytics for LINE deliveries: every link of a delivery becomes a tracked short link
 * (`/l/<code>`, a 302 that records the tap without knowing who tapped), LINE's own statistics
 * are read back at 1 h … 14 d within its hourly budget, and editors get a 「配信分析」 view, a
 * dashboard widget, a panel on each document the LINE plugin sends and a warning on small
 * segments. Register it after `linePlugin`.
 */
export const lineAnalyticsPlugin =
  (pluginOptions: LineAnalyticsOptions = {}) =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions, lineOptionsIn(incoming))
    let config: Config = withPanels({ ...incoming, collections: [...(incoming.collections ?? []), ...ownCollections(options)] }, options)
    config = withLeases(withTranslations(withCore(config), translations), options.organisation)
    config = attachAnalyticsOptions(config, options)
    // Disabled: the same schema, but no link is rewritten, no click recorded, nothing read from LINE.
    if (options.disabled) return config
    config = withAdmin(addMessageTransform(config, trackLinksTransform))
    config = { ...config, endpoints: [...(config.endpoints ?? []), ...analyticsEndpoints(options)] }
    config = addServerRoutes(config, [redirectRoute(options)])
    return addBackgroundTasks(config, [clicksTask, insightTask(options), clickRetentionTask(options)])
  }
