import type { CollectionConfig, Config, Payload } from 'payload'

import { addStaffMessenger, guardInput, guardQueries, type StaffMessage, sendStaffNotice } from '@akita-dx/plugin-core'
import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'

import type { NotificationsPluginOptions } from '../types'

import { notificationsPlugin } from '../index'

/**
 * A task list that tells its watchers of each change, as the suite's plugins tell theirs: the
 * notice goes out in the change's afterChange hook. A task titled 「保存失敗」 fails after the
 * notice was handed over, so the change (and with it the notice) must not be stored.
 */
export const testTasks: CollectionConfig = {
  slug: 'tasks',
  access: { create: ({ req }) => Boolean(req.user), read: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'watchers', type: 'relationship', hasMany: true, relationTo: 'users' },
    { name: 'url', type: 'text' },
  ],
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        await sendStaffNotice(
          { payload: req.payload, req },
          {
            body: `「${doc.title}」が更新されました。`,
            event: `task:${doc.id}:${doc.updatedAt}`,
            kind: 'test.task',
            recipients: (doc.watchers ?? []).map((w: any) => (typeof w === 'object' ? w.id : w)),
            title: `タスク「${doc.title}」が更新されました`,
            url: doc.url ?? `/collections/tasks/${doc.id}`,
          },
        )
        return doc
      },
      ({ doc }) => {
        if (doc.title === '保存失敗') throw new Error('the task store is unavailable')
        return doc
      },
    ],
  },
}

/** What a LINE would have received: every message, and who of its users had a linked phone. */
export const phone = {
  failing: false,
  /** Users named with 「LINE」 have linked their LINE. */
  linked: new Set<string>(),
  messages: [] as StaffMessage[],
  reset() {
    this.failing = false
    this.messages.length = 0
  },
}

const recordingMessenger = (config: Config) =>
  addStaffMessenger(config, async (_payload, message) => {
    if (phone.failing) throw new Error('LINE unavailable')
    // A repeated key reaches nobody twice, as LINE's retry key promises.
    if (phone.messages.some((m) => m.event === message.event)) return { reached: [] }
    phone.messages.push(message)
    return { reached: message.userIds.filter((id) => phone.linked.has(String(id))) }
  })

/** A Payload app with bare users and departments, a task list that sends notices, the plugin and a recording phone. */
export const notificationsTestConfig = (options: NotificationsPluginOptions = {}) =>
  buildConfig({
    collections: [testUsers, testDepartments, testTasks],
    db: testDatabaseAdapter(),
    i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
    logger: { options: { level: 'error' } },
    plugins: [
      notificationsPlugin({ publicOrigin: 'https://cms.akita.example', ...options }),
      recordingMessenger,
      guardQueries(),
      guardInput(),
    ],
    secret: 'notifications-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

/** That app on the real express server (one per test file). */
export const startNotifications = async (options: NotificationsPluginOptions = {}): Promise<TestServer> =>
  serve(await bootConfig(notificationsTestConfig(options)))

/** Every notice stored, oldest first (past access). */
export const allNotices = async (payload: Payload) =>
  (await payload.find({ collection: 'staff-notices', depth: 0, overrideAccess: true, pagination: false, sort: 'createdAt' }))
    .docs as Record<string, any>[]
