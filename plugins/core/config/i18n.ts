import type { Config } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { coreTranslations } from '../translations'

type Translations = Record<string, Record<string, unknown>>

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
