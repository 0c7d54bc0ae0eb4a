import type { Access, CollectionConfig, Where } from 'payload'

import { addAuditRecorder, resolveOrganisation } from '@akita-dx/plugin-core'
import { testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { TEST_RESIDENTS, testNotices } from '@akita-dx/test-support/line'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import os from 'node:os'
import path from 'node:path'
import { buildConfig } from 'payload'

import { linePlugin } from '../../index'
import { rememberAuditEvents } from './auditEvents'

const organisation = resolveOrganisation()

/** Editors edit their department's notices and unowned ones; admins all (as the app's content does). */
const departmentEditors: Access = ({ req }) => {
  if (organisation.isAdminUser(req.user)) return true
  if (!organisation.isEditorUser(req.user)) return false
  const own = organisation.departmentOf(req.user)
  const unowned: Where = { department: { exists: false } }
  return own === null ? unowned : { or: [{ department: { equals: own } }, unowned] }
}

/** A small source collection with the default field names, owned by departments: the LINE plugin tested on its own. */
export const TestNotices: CollectionConfig = {
  ...testNotices('line-test-notices', [{ name: 'department', type: 'relationship', relationTo: 'departments' }]),
  access: { create: departmentEditors, read: () => true, update: departmentEditors },
  labels: { plural: { en: 'Test notices', ja: 'テストのお知らせ' }, singular: { en: 'Test notice', ja: 'テストのお知らせ' } },
}

/** Images of rich menus: an upload collection of the app, its files in a scratch directory. */
export const TestMedia: CollectionConfig = {
  slug: 'line-test-media',
  access: { create: () => true, read: () => true },
  fields: [],
  upload: { mimeTypes: ['image/png', 'image/jpeg'], staticDir: path.join(os.tmpdir(), `akita-line-test-media-${process.pid}`) },
}

/** Support programmes of the app, for deadline reminders: a title, an acceptance end, municipalities (none: all). */
export const TestProgrammes: CollectionConfig = {
  slug: 'line-test-programmes',
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'acceptanceEnd', type: 'date' },
    {
      name: 'municipalities',
      type: 'select',
      hasMany: true,
      options: TEST_RESIDENTS.municipalities.map(({ label, value }) => ({ label, value })),
    },
    { name: 'published', type: 'checkbox', defaultValue: true },
  ],
}

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

/**
 * Only the LINE plugin (and core), a bare users collection and a source collection, with short
 * timings. Import it only after DATABASE_URI / TEST_DATABASE_URI is set (bootLinePayload does).
 */
export default buildConfig({
  collections: [testUsers, testDepartments, TestNotices, TestMedia, TestProgrammes],
  db: testDatabaseAdapter(),
  i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
  plugins: [
    linePlugin({
      accountName: '秋田県',
      aggregationUnitPrefix: 'akita',
      batchSize: num('LINE_TEST_BATCH_SIZE', 500),
      collections: [{ slug: 'line-test-notices', url: (doc, { serverURL }) => `${serverURL}/notices/${String(doc.id)}` }],
      concurrency: num('LINE_TEST_CONCURRENCY', 4),
      deliveryLeaseMs: num('LINE_TEST_LEASE_MS', 3000),
      inquiryFallbackDepartment: 'koho',
      inquiryRoutes: [{ department: 'kodomo', keywords: ['保育', '子育て'] }],
      reminders: {
        interest: 'kigyo',
        listUrl: '/subsidies',
        slug: 'line-test-programmes',
        url: (doc, { serverURL }) => `${serverURL}/subsidies/${String(doc.id)}`,
        where: { published: { equals: true } },
      },
      residents: { ...TEST_RESIDENTS, privacy: { policyUrl: '/privacy', version: '2026-12' } },
      sendForAllDepartments: ['koho'],
      richMenus: { media: 'line-test-media' },
      retry: { baseDelayMs: 20, maxAttempts: 10, maxDelayMs: 300, timeoutMs: num('LINE_TEST_TIMEOUT_MS', 1500) },
      schedulerCron: '* * * * * *',
      serverURL: 'https://www.pref.akita.example',
    }),
    (config) => addAuditRecorder(config, rememberAuditEvents),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'test-secret-not-for-production',
  telemetry: false,
  typescript: { autoGenerate: false },
})
