import type { PayloadRequest } from 'payload'

import { pluginTranslations } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-talent-bank'

export type TalentBankKey = keyof (typeof ja)[typeof NAMESPACE]

const texts = pluginTranslations<TalentBankKey>(NAMESPACE, { en, ja })

/** Merged into the config's i18n, so admin components can use `t('plugin-talent-bank:…')`. */
export const { translations } = texts

/** Static labels in both admin languages, and messages in the request's admin language. */
export const { label, labelWith, message, optionsOf } = texts

/** Messages in one language: what pure code (scoring, transitions) is given to word its results. */
export type Translator = (key: TalentBankKey, vars?: Record<string, unknown>) => string

/** The translator of a request; Japanese without one. */
export const translatorFor =
  (req?: Pick<PayloadRequest, 't'>): Translator =>
  (key, vars) =>
    message(req, key, vars)
