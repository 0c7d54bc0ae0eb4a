import type { Config } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import type { PayloadRequest } from 'payload'

import { coreTranslations, translate } from '../translations'

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

type Vars = Record<string, unknown>

/**
 * A plugin's texts from its `translations/{ja,en}.ts` under its namespace: static labels for
 * collections and fields (`label`, `labelWith` with placeholders, `optionsOf` for selects) and
 * messages in a request's admin language (`message`, Japanese without a request).
 */
export const pluginTranslations = <K extends string>(namespace: string, translations: { en: Namespaced; ja: Namespaced }) => {
  const label = translationLabels<K>(namespace, translations)
  const inLanguage = (language: 'en' | 'ja', key: K, vars?: Vars) =>
    translate(undefined, namespace, translations[language][namespace] ?? {}, key, vars)
  return {
    label,
    /** A label with its `{{name}}` placeholders filled in (the same values, or each language's own). */
    labelWith: (key: K, vars: Vars | { en: Vars; ja: Vars }): { en: string; ja: string } => {
      const perLanguage =
        'ja' in vars && 'en' in vars && typeof vars.ja === 'object'
          ? (vars as { en: Vars; ja: Vars })
          : { en: vars as Vars, ja: vars as Vars }
      return { en: inLanguage('en', key, perLanguage.en), ja: inLanguage('ja', key, perLanguage.ja) }
    },
    message: (req: Pick<PayloadRequest, 't'> | undefined, key: K, vars?: Vars): string =>
      translate(req, namespace, translations.ja[namespace], key, vars),
    namespace,
    /** Select options labelled by the `<prefix>.<value>` entries. */
    optionsOf: <V extends string>(prefix: string, values: readonly V[]) =>
      values.map((value) => ({ label: label(`${prefix}.${value}` as K), value })),
    translations,
  }
}

/** Merges a plugin's translations into the config's; the app's own entries win. */
export const withTranslations = (config: Config, translations: Translations): Config => ({
  ...config,
  i18n: {
    ...config.i18n,
    translations: deepMergeSimple(translations, (config.i18n?.translations ?? {}) as Translations) as NonNullable<
      Config['i18n']
    >['translations'],
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
