import type { CollectionConfig } from 'payload'

import { appendHooks, guardInput, guardQueries } from '@akita-dx/plugin-core'
import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'

import type { AuditPluginOptions } from '../types'

import { auditPlugin } from '../index'

const editorsOfTheirDepartment = ({ req }: { req: { user?: any } }) => {
  if (!req.user) return false
  if (req.user.roles?.includes('admin')) return true
  return req.user.roles?.includes('editor') ? { department: { equals: req.user.department?.id ?? req.user.department } } : false
}

/** A department's notices: drafts, rich text, a group, a relationship and a field only admins read. */
export const testNotices: CollectionConfig = {
  slug: 'notices',
  access: { create: editorsOfTheirDepartment, delete: editorsOfTheirDepartment, read: () => true, update: editorsOfTheirDepartment },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'richText' },
    { name: 'department', type: 'relationship', relationTo: 'departments' },
    { name: 'contact', type: 'group', fields: [{ name: 'phone', type: 'text' }] },
    { name: 'internalMemo', type: 'text', access: { read: ({ req }) => Boolean(req.user?.roles?.includes('admin')) } },
    { name: 'views', type: 'number' },
  ],
  labels: { plural: { en: 'Notices', ja: 'お知らせ' }, singular: { en: 'Notice', ja: 'お知らせ' } },
  versions: { drafts: true },
}

/** An entry about a notice titled 「監査失敗」 cannot be written: the change it records must not be stored either. */
const failingEntries = (collection: CollectionConfig) =>
  appendHooks(collection, {
    beforeChange: [
      ({ data }) => {
        if (data.documentTitle === '監査失敗') throw new Error('the audit log is unavailable')
        return data
      },
    ],
  })

/** A Payload app with bare users, departments, one audited collection and the audit log, Japanese first. */
export const auditTestConfig = (options: AuditPluginOptions = {}) =>
  buildConfig({
    collections: [testUsers, testDepartments, testNotices],
    db: testDatabaseAdapter(),
    editor: lexicalEditor(),
    i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
    logger: { options: { level: 'warn' } },
    plugins: [
      auditPlugin({
        collections: ['notices', { exclude: ['name'], slug: 'users' }],
        overrides: { 'audit-events': failingEntries },
        ...options,
      }),
      guardQueries(),
      guardInput(),
    ],
    secret: 'audit-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

/** That app on the real express server (one per test file). */
export const startAudit = async (options: AuditPluginOptions = {}): Promise<TestServer> => serve(await bootConfig(auditTestConfig(options)))
