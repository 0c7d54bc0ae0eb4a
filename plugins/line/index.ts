import type { CollectionConfig, Config } from 'payload'

import { addServerExtension } from '../../src/server/extensions'
import { deliveriesCollection } from './collections/Deliveries'
import { deliveryBatchesCollection } from './collections/DeliveryBatches'
import { inquiriesCollection } from './collections/Inquiries'
import { segmentsCollection } from './collections/Segments'
import { subscribersCollection } from './collections/Subscribers'
import { withSendPanel } from './collections/sendPanelField'
import { withLineUserIds } from './collections/userFields'
import { webhookEventsCollection } from './collections/WebhookEvents'
import { resolveOptions } from './defaults'
import { withRuntimeOptions } from './runtime'
import { lineServerExtension } from './serverExtension'
import type { LinePluginOptions, LineSlug } from './types'

export { DEV_CHANNEL_SECRET, lineClientConfig, SANDBOX_CHANNEL_ACCESS_TOKEN } from './clientConfig'
export type { LineClientConfig } from './clientConfig'
export { SLUGS as LINE_SLUGS } from './constants'
export { runDelivery } from './delivery/runDelivery'
export { runDueDeliveries, startDelivery, stopDeliveries } from './delivery/runner'
export type { LinePluginOptions } from './types'
export { buildDeliveryMessages } from './utilities/buildDeliveryMessages'
export { validateMessages } from './utilities/validateMessages'

/**
 * LINE publishing: residents who follow the official account and register their municipality,
 * age band and interests; saved segments; deliveries of any listed collection's documents as
 * Flex messages, sent in multicast batches that survive crashes without losing or repeating a
 * message; the webhook and the scheduler on the express server.
 */
export const linePlugin =
  (pluginOptions: LinePluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const built: [LineSlug, CollectionConfig][] = [
      ['line-subscribers', subscribersCollection(options)],
      ['line-segments', segmentsCollection(options)],
      ['line-deliveries', deliveriesCollection(options)],
      ['line-delivery-batches', deliveryBatchesCollection()],
      ['line-inquiries', inquiriesCollection(options)],
      ['line-webhook-events', webhookEventsCollection()],
    ]
    const collections = built.map(([slug, collection]) => options.overrides[slug]?.(collection) ?? collection)
    const sources = new Set(options.collections.map((c) => c.slug))
    const existing = (config.collections ?? []).map((collection) => {
      if (collection.slug === 'users') return withLineUserIds(collection)
      return sources.has(collection.slug) ? withSendPanel(collection) : collection
    })
    let next: Config = {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          header: [...(config.admin?.components?.header ?? []), '/plugins/line/components/SandboxBanner#SandboxHeader'],
        },
      },
      collections: [...existing, ...collections],
    }
    next = withRuntimeOptions(next, options)
    // Disabled: same schema, but no webhook, no scheduler (and the hooks send nothing).
    if (!options.disabled) next = addServerExtension(next, lineServerExtension(options))
    return next
  }
