import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig, type Plugin } from 'payload'

import type { TalentBankPluginOptions } from '../types'

import { talentBankPlugin } from '../index'

/** A Payload app with nothing but bare users and departments and the talent bank, Japanese first. */
export const talentBankTestConfig = (options: TalentBankPluginOptions = {}, extra: Plugin[] = []) =>
  buildConfig({
    collections: [testUsers, testDepartments],
    db: testDatabaseAdapter(),
    i18n: { fallbackLanguage: 'ja', supportedLanguages: { en, ja } },
    // Refusals are logged at info level; the tests assert them instead.
    logger: { options: { level: 'warn' } },
    plugins: [talentBankPlugin(options), ...extra],
    secret: 'talent-bank-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

/**
 * That app on the real express server. One per test file: Payload's REST handler looks the
 * instance up by its default cache key.
 */
export const startTalentBank = async (options: TalentBankPluginOptions = {}, extra: Plugin[] = []): Promise<TestServer> =>
  serve(await bootConfig(talentBankTestConfig(options, extra)))
