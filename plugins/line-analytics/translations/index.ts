import { pluginTranslations } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

const NAMESPACE = 'plugin-line-analytics'

export type AnalyticsTranslationKey = keyof (typeof ja)[typeof NAMESPACE]

const texts = pluginTranslations<AnalyticsTranslationKey>(NAMESPACE, { en, ja })

/** Merged into the config's i18n, so admin components can use `t('plugin-line-analytics:…')`. */
export const { translations } = texts

/** `{ ja, en }` of a key for collection and field labels; select options from `<prefix>.<value>` keys. */
export const { label, optionsOf } = texts

/** A message in the request's admin language (Japanese without a request). */
export const analyticsT = texts.message

/** What server code renders text with: the admin's language and its messages. */
export type Locale = { language: 'en' | 'ja'; t: (key: AnalyticsTranslationKey, vars?: Record<string, unknown>) => string }

/** The locale of a request's or a server component's `i18n`; Japanese without one (Local API, CLIs). */
export const localeOf = (i18n?: { language?: string; t?: unknown }): Locale => {
  const req = i18n?.t ? ({ t: i18n.t } as Parameters<typeof analyticsT>[0]) : undefined
  return { language: i18n?.language === 'en' ? 'en' : 'ja', t: (key, vars) => analyticsT(req, key, vars) }
}
