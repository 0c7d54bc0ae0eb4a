import type { CollectionConfig, Config, Field } from 'payload'

import { addServerExtension } from '../../src/server/extensions'
import { accountStatsCollection } from './collections/AccountStats'
import { clickDaysCollection } from './collections/ClickDays'
import { insightSnapshotsCollection } from './collections/InsightSnapshots'
import { linkClicksCollection } from './collections/LinkClicks'
import { trackedLinksCollection } from './collections/TrackedLinks'
import { type AnalyticsSlug, LINE } from './constants'
import { resolveOptions } from './defaults'
import { analyticsEndpoints } from './endpoints'
import { linkDeliveryCodes } from './hooks/linkDeliveryCodes'
import { withRuntimeOptions } from './runtime'
import { analyticsServerExtension } from './server/extension'
import type { LineAnalyticsOptions } from './types'
import { trackLinksTransform } from './utilities/messageTransform'

export { SLUGS as LINE_ANALYTICS_SLUGS } from './constants'
export { runInsightTick } from './insight/runInsight'
export { dashboardData } from './queries/dashboard'
export { deliveryFigures } from './queries/deliveryFigures'
export { clickBufferOf, flushClicks } from './server/clickBuffer'
export type { LineAnalyticsOptions } from './types'
export { planInsight } from './utilities/planInsight'
export { collectMessageLinks, rewriteMessageLinks } from './utilities/rewriteLinks'
export { trackDeliveryLinks } from './utilities/trackLinks'

const COMPONENTS = '/plugins/line-analytics/components'

const withField = (collection: CollectionConfig, field: Field): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, field],
})

/**
 * Click analytics for LINE deliveries: every link of a delivery becomes a tracked short link
 * (`/l/<code>`, a 302 that records the tap without knowing who tapped), LINE's own statistics
 * are read back at 1 h … 14 d within its hourly budget, and editors get a 「配信分析」 view, a
 * dashboard widget, a panel on each announcement and a warning on small segments.
 * Register it after `linePlugin`.
 */
export const lineAnalyticsPlugin =
  (pluginOptions: LineAnalyticsOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const built: [AnalyticsSlug, CollectionConfig][] = [
      ['line-tracked-links', trackedLinksCollection(options)],
      ['line-link-clicks', linkClicksCollection()],
      ['line-insight-snapshots', insightSnapshotsCollection(options)],
      ['line-account-stats', accountStatsCollection(options)],
    ]
    // The daily roll-up is not overridable: the click flusher writes its columns with its own SQL.
    const added = [...built.map(([slug, collection]) => options.overrides[slug]?.(collection) ?? collection), clickDaysCollection()]
    const existing = (config.collections ?? []).map((collection) => {
      if (collection.slug === LINE.deliveries) {
        return {
          ...collection,
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), linkDeliveryCodes(options)] },
        }
      }
      if (collection.slug === options.announcementsSlug) {
        return withField(collection, {
          name: 'lineAnalytics',
          type: 'ui',
          admin: { components: { Field: `${COMPONENTS}/DocumentPanel#DocumentPanel` } },
          label: { en: 'LINE delivery results', ja: 'LINE配信の効果' },
        })
      }
      if (collection.slug === options.segmentsSlug) {
        return withField(collection, {
          name: 'statisticsWarning',
          type: 'ui',
          admin: { components: { Field: `${COMPONENTS}/SegmentWarning#SegmentWarning` } },
          label: { en: 'Statistics', ja: '統計' },
        })
      }
      return collection
    })
    const transforms = (config.custom?.lineMessageTransforms as unknown[] | undefined) ?? []
    let next: Config = {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterDashboard: [...(config.admin?.components?.afterDashboard ?? []), `${COMPONENTS}/DashboardWidget#DashboardWidget`],
          afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), `${COMPONENTS}/NavLink#NavLink`],
          views: {
            ...config.admin?.components?.views,
            lineAnalytics: { Component: `${COMPONENTS}/AnalyticsView#AnalyticsView`, path: '/line-analytics' },
          },
        },
      },
      collections: [...existing, ...added],
      custom: { ...config.custom, lineMessageTransforms: [...transforms, trackLinksTransform] },
      endpoints: [...(config.endpoints ?? []), ...analyticsEndpoints()],
    }
    next = withRuntimeOptions(next, options)
    // Disabled: same schema, but no redirect, no click recording and no insight job.
    if (!options.disabled) next = addServerExtension(next, analyticsServerExtension(options))
    return next
  }
