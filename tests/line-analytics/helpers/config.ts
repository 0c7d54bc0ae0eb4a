import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'

import { Departments } from '../../../collections/Departments'
import { Leases } from '../../../collections/Leases'
import { Users } from '../../../collections/Users'
import { linePlugin } from '../../../plugins/line'
import { lineAnalyticsPlugin } from '../../../plugins/line-analytics'
import { municipalityOptions, topicOptions } from '../../../src/lib/akita'
import { databaseAdapter } from '../../../src/lib/database'
import { PUBLIC_URL } from './constants'


/**
 * Import only through bootAnalyticsPayload: the adapter reads DATABASE_URI when this module loads.
 */

/** The announcements' field names (the content collection is tested on its own). */
const Announcements: CollectionConfig = {
  slug: 'announcements',
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'heroImage', type: 'text' },
    { name: 'category', type: 'select', options: topicOptions },
    { name: 'municipalities', type: 'select', hasMany: true, options: municipalityOptions },
    { name: 'department', type: 'relationship', relationTo: 'departments' },
    {
      name: 'links',
      type: 'array',
      fields: [
        { name: 'label', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
  ],
}

type Transform = (args: Record<string, unknown>) => Promise<unknown[]>

/**
 * Runs `config.custom.lineMessageTransforms` on a new delivery's messages, as the LINE plugin
 * does once it calls them itself; link rewriting skips links already tracked, so running it
 * twice changes nothing.
 */
const applyTransforms: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !Array.isArray(data.messages)) return data
  let messages = data.messages as unknown[]
  for (const transform of (req.payload.config.custom?.lineMessageTransforms ?? []) as Transform[]) {
    messages = await transform({ delivery: data, messages, payload: req.payload, req })
  }
  return { ...data, messages }
}

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export default buildConfig({
  collections: [Users, Departments, Leases, Announcements],
  db: databaseAdapter(process.env.DATABASE_URI),
  i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
  plugins: [
    linePlugin({
      collections: [{ slug: 'announcements', url: (doc, { serverURL }) => `${serverURL}/oshirase/${String(doc.id)}` }],
      overrides: {
        'line-deliveries': (collection) => ({
          ...collection,
          hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), applyTransforms] },
        }),
      },
      retry: { baseDelayMs: 20, maxAttempts: 10, maxDelayMs: 300, timeoutMs: 1500 },
      schedulerCron: '* * * * * *',
      serverURL: PUBLIC_URL,
    }),
    lineAnalyticsPlugin({ flushIntervalMs: num('ANALYTICS_FLUSH_MS', 200), maxBatchSize: num('ANALYTICS_MAX_BATCH', 500) }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'test-secret-not-for-production',
  telemetry: false,
  typescript: { autoGenerate: false },
})
