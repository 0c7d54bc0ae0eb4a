import type { CollectionConfig } from 'payload'

import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'

import { Departments } from '../../../collections/Departments'
import { Leases } from '../../../collections/Leases'
import { Users } from '../../../collections/Users'
import { linePlugin } from '../../../plugins/line'
import { topicOptions, municipalityOptions } from '../../../src/lib/akita'
import { databaseAdapter } from '../../../src/lib/database'

/**
 * A small source collection with the announcements' field names, so the LINE plugin is tested
 * on its own (the real announcements collection belongs to the content plugin).
 */
export const TestNotices: CollectionConfig = {
  slug: 'line-test-notices',
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'heroImage', type: 'text' },
    { name: 'category', type: 'select', options: topicOptions },
    { name: 'municipalities', type: 'select', hasMany: true, options: municipalityOptions },
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

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

/** The app's collections plus the LINE plugin with short timings for tests. */
export default buildConfig({
  collections: [Users, Departments, Leases, TestNotices],
  db: databaseAdapter(process.env.DATABASE_URI),
  i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
  plugins: [
    linePlugin({
      batchSize: num('LINE_TEST_BATCH_SIZE', 500),
      collections: [
        {
          slug: 'line-test-notices',
          url: (doc, { serverURL }) => `${serverURL}/notices/${String(doc.id)}`,
        },
      ],
      concurrency: num('LINE_TEST_CONCURRENCY', 4),
      deliveryLeaseMs: num('LINE_TEST_LEASE_MS', 3000),
      retry: { baseDelayMs: 20, maxAttempts: 10, maxDelayMs: 300, timeoutMs: num('LINE_TEST_TIMEOUT_MS', 1500) },
      schedulerCron: '* * * * * *',
      serverURL: 'https://www.pref.akita.example',
    }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'test-secret-not-for-production',
  telemetry: false,
  typescript: { autoGenerate: false },
})
