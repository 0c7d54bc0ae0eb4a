import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig, type Plugin } from 'payload'

import type { IdeaBoxPluginOptions } from '../types'

import { ideaBoxPlugin } from '../index'

/**
 * A Payload app with nothing but bare users and departments and the idea box, Japanese first;
 * `extra` plugins install after it (a notices recorder, say).
 */
export const ideaBoxTestConfig = (options: IdeaBoxPluginOptions = {}, extra: Plugin[] = []) =>
  buildConfig({
    collections: [testUsers, testDepartments],
    db: testDatabaseAdapter(),
    editor: lexicalEditor(),
    i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
    // Refusals are logged at info level; the tests assert them instead.
    logger: { options: { level: 'warn' } },
    plugins: [ideaBoxPlugin(options), ...extra],
    secret: 'idea-box-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

/**
 * That app on the real express server. One per test file: Payload's REST handler looks the
 * instance up by its default cache key.
 */
export const startIdeaBox = async (options: IdeaBoxPluginOptions = {}, extra: Plugin[] = []): Promise<TestServer> =>
  serve(await bootConfig(ideaBoxTestConfig(options, extra)))
