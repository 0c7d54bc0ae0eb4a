import type { Config } from 'payload'

import { linePlugin, type LinePluginOptions } from '@akita-dx/plugin-line'
import { testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { TEST_RESIDENTS, testNotices } from '@akita-dx/test-support/line'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'

import { lineAnalyticsPlugin, type LineAnalyticsOptions } from '../../index'

/** Public origin of the test config's messages and tracked links. */
export const PUBLIC_URL = 'https://www.pref.akita.example'

export const NOTICES = 'line-analytics-test-notices'

/** A small source collection with the LINE plugin's default field names and a department, as the analytics read them. */
export const TestNotices = testNotices(NOTICES, [{ name: 'department', type: 'relationship', relationTo: 'departments' }])

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export type TestConfigOptions = {
  analytics?: LineAnalyticsOptions
  /** A database of the test's own (shared with a process it spawns); default this worker's test database. */
  databaseUri?: string
  line?: Partial<LinePluginOptions>
}

/**
 * Only the LINE plugin, this plugin and core, a bare users collection and a source collection,
 * with short timings, on this worker's test database (TEST_WORKER_DATABASE_URI in a spawned process).
 */
export const analyticsTestConfig = ({ analytics = {}, databaseUri, line = {} }: TestConfigOptions = {}): Config => ({
  collections: [testUsers, testDepartments, TestNotices],
  db: testDatabaseAdapter(databaseUri),
  i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
  plugins: [
    linePlugin({
      // A small office without 決裁: an editor's live send goes out at once (the LINE plugin's own tests cover approval).
      approval: { required: false },
      collections: [{ slug: NOTICES, url: (doc, { serverURL }) => `${serverURL}/notices/${String(doc.id)}` }],
      residents: TEST_RESIDENTS,
      retry: { baseDelayMs: 20, maxAttempts: 10, maxDelayMs: 300, timeoutMs: 1500 },
      schedulerCron: '* * * * * *',
      serverURL: PUBLIC_URL,
      ...line,
    }),
    lineAnalyticsPlugin({ flushIntervalMs: num('ANALYTICS_FLUSH_MS', 200), maxBatchSize: num('ANALYTICS_MAX_BATCH', 500), ...analytics }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'test-secret-not-for-production',
  telemetry: false,
  typescript: { autoGenerate: false },
})
