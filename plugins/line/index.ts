import type { CollectionConfig, Config } from 'payload'

import {
  addBackgroundTasks,
  addServerRoutes,
  addStaffMessenger,
  appendAdminComponents,
  applyOverrides,
  withCore,
  withTranslations,
} from '@akita-dx/plugin-core'

import { withReturnOnEdit } from './approval/returnOnEdit'
import { deliveriesCollection } from './collections/Deliveries'
import { deliveryBatchesCollection } from './collections/DeliveryBatches'
import { inquiriesCollection } from './collections/Inquiries'
import { linkCodesCollection } from './collections/LinkCodes'
import { segmentsCollection } from './collections/Segments'
import { withLengthCounters } from './collections/lengthCounters'
import { withSendPanel } from './collections/sendPanelField'
import { withMunicipalScope } from './collections/sourceScope'
import { subscribersCollection } from './collections/Subscribers'
import { withLineUserIds } from './collections/userFields'
import { webhookEventsCollection } from './collections/WebhookEvents'
import { resolveOptions } from './defaults'
import { deliveryTask } from './delivery/task'
import { lineStaffMessenger } from './linking/messenger'
import { attachLineOptions } from './options'
import { retentionTask } from './retention/prune'
import { remindersCollection } from './reminders/collection'
import { remindersTask } from './reminders/run'
import { richMenusCollection } from './richmenus/collection'
import { stepSeriesCollection } from './steps/collection'
import { stepEnrolmentsCollection } from './steps/enrolments'
import { stepsTask } from './steps/send'
import { translations } from './translations'
import type { LinePluginOptions, ResolvedLineOptions } from './types'
import { webhookRoute } from './webhook/route'
import { webhookSweepTask } from './webhook/task'

export { DEV_CHANNEL_SECRET, lineClientConfig, type LineClientConfig, SANDBOX_CHANNEL_ACCESS_TOKEN } from './client/config'
export { LINE_LIMITS, SLUGS as LINE_SLUGS, STATISTICS_MINIMUM } from './constants'
export { sourcePart } from './defaults'
export { type DeliveryScope, deliveryScopeOf, maySendDocument } from './delivery/ownership'
export { runDelivery, type RunOptions } from './delivery/run'
export { runDueDeliveries, startDelivery, stopDeliveries } from './delivery/runner'
export { buildDeliveryMessages } from './messages/build'
export {
  addMessageTransform,
  type DeliverySource,
  type MessageTransform,
  type MessageTransformArgs,
  type MessageTransformResult,
} from './messages/transforms'
export { validateMessages } from './messages/validate'
export { lineOptionsOf, linePublicOrigin } from './options'
export { importSubscribers, type SubscriberImport } from './residents/import'
export { ERASE_KEYWORD, MY_DATA_KEYWORD, SETTINGS_KEYWORD } from './residents/keywords'
export { type LinePruneResult, pruneLineData } from './retention/prune'
export { publishRichMenu, withdrawRichMenu } from './richmenus/publish'
export { type ReminderRunResult, runReminders } from './reminders/run'
export { relinkResident } from './richmenus/relink'
export { sendDueSteps, type StepRunResult } from './steps/send'
export { seriesFigures, type SeriesFigures, type StepFigures } from './steps/statistics'
export { countRecipients } from './segments/count'
export { segmentKeyOf } from './segments/key'
export { matchesRule, recipientsWhere, type SegmentRule } from './segments/rule'
export type {
  LinePluginOptions,
  LineReminderOptions,
  LineRetentionOptions,
  LineSlug,
  LineStepOptions,
  ResidentAttributes,
  ResidentPrivacyOptions,
  ResolvedLineOptions,
  SourceFieldMap,
} from './types'

/** Editors pick 「お知らせ」, not `announcements`: each source collection brings its own label. */
const withSourceLabels = (options: ResolvedLineOptions, incoming: Config): ResolvedLineOptions => {
  const labels = new Map((incoming.collections ?? []).map((c) => [c.slug, c.labels?.singular]))
  const collections = options.collections.map((c) => {
    const label = labels.get(c.slug)
    return typeof label === 'string' || (label && typeof label === 'object') ? { ...c, label: label as Record<string, string> | string } : c
  })
  return { ...options, collections }
}

const ownCollections = (options: ResolvedLineOptions): CollectionConfig[] =>
  applyOverrides(
    [
      subscribersCollection(options),
      segmentsCollection(options),
      deliveriesCollection(options),
      deliveryBatchesCollection(options.organisation),
      inquiriesCollection(options),
      webhookEventsCollection(options.organisation),
      linkCodesCollection(options),
      ...(options.richMenus ? [richMenusCollection(options, options.richMenus.media)] : []),
      ...(options.reminders ? [remindersCollection(options)] : []),
      stepSeriesCollection(options),
      stepEnrolmentsCollection(options),
    ],
    options.overrides,
  )

/**
 * LINE publishing: residents who follow the official account and register their municipality,
 * age band and interests; saved segments; deliveries of any listed collection's documents as
 * Flex messages, sent in multicast batches that survive crashes without losing or repeating a
 * message; the webhook, and the scheduler as background work of the server.
 */
export const linePlugin =
  (pluginOptions: LinePluginOptions) =>
  (incoming: Config): Config => {
    const options = withSourceLabels(resolveOptions(pluginOptions), incoming)
    const sources = new Map(options.collections.map((c) => [c.slug, c]))
    const existing = (incoming.collections ?? []).map((collection) => {
      if (collection.slug === options.organisation.users) return withLineUserIds(collection, options.organisation)
      const source = sources.get(collection.slug)
      if (!source) return collection
      const scoped = withMunicipalScope(withReturnOnEdit(collection, options, source), options, source)
      return withSendPanel(withLengthCounters(scoped, source), options.approval.required)
    })
    let config: Config = { ...incoming, collections: [...existing, ...ownCollections(options)] }
    config = appendAdminComponents(config, {
      beforeDashboard: ['@akita-dx/plugin-line/rsc#AwaitingApproval', '@akita-dx/plugin-line/rsc#RecentDeliveries'],
      header: ['@akita-dx/plugin-line/rsc#SandboxHeader'],
    })
    config = withTranslations(withCore(config), translations)
    config = attachLineOptions(config, options)
    // Disabled: the same schema, but no webhook, no scheduler (and the hooks send nothing).
    if (options.disabled) return config
    config = addServerRoutes(config, [webhookRoute(options)])
    // Staff who linked their LINE hear of the suite's notices there.
    config = addStaffMessenger(config, lineStaffMessenger)
    const tasks = [deliveryTask(options), webhookSweepTask(options), retentionTask(options), stepsTask(options)]
    return addBackgroundTasks(config, options.reminders ? [...tasks, remindersTask(options)] : tasks)
  }
