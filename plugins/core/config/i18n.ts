import type { Config } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { coreTranslations } from '../translations'

type Translations = Record<string, Record<string, unknown>>

type Namespaced = Record<string, Record<string, string>>

/**
 * Collection and field labels from a plugin's translation files: `label('status')` is
 * `{ ja: ja[namespace].status, en: en[namespace].status }`, the static form Payload shows in
 * each admin language (and that works where no request, hence no `t`, exists).
 */
export const translationLabels =
  <K extends string>(namespace: string, translations: { en: Namespaced; ja: Namespaced }) =>
  (key: K): { en: string; ja: string } => {
    const ja = translations.ja[namespace]?.[key]
    if (ja === undefined) throw new Error(`${namespace}: no translation for ${key}`)
    return { en: translations.en[namespace]?.[key] ?? ja, ja }
  }

/** Merges a plugin's translations into the config's; the app's own entries win. */
export const withTranslations = (config: Config, translations: Translations): Config => ({
  ...config,
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(translations, (config.i18n?.translations ?? {}) as Translations) as NonNullable<Config['i18n']>['translations'],
  },
})

/**
 * What every plugin of the suite installs with itself: the shared messages (translated) and
 * refusals logged at info level, like Payload's own Forbidden. Installing it twice changes nothing.
 */
export const withCore = (config: Config): Config => {
  const translated = withTranslations(config, coreTranslations)
  return { ...translated, loggingLevels: { Refusal: 'info', ...config.loggingLevels } as Config['loggingLevels'] }
}
