import { pluginTranslations } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-line'

export type LineTranslationKey = keyof (typeof ja)['plugin-line']

const texts = pluginTranslations<LineTranslationKey>(NAMESPACE, { en, ja })

/** Merged into the config's i18n, so components can use `t('plugin-line:…')`. */
export const { translations } = texts

/** `{ ja, en }` of a key, for collection and field labels. */
export const { label } = texts

/** A message in the request's admin language (Japanese without a request). */
export const lineT = texts.message

/** `lineT` for a server component, in the admin language of the `i18n` it is given. */
export const serverLineT =
  (i18n?: { t: unknown }) =>
  (key: LineTranslationKey, vars?: Record<string, unknown>): string =>
    lineT({ t: i18n?.t as never }, key, vars)
