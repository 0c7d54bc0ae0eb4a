import type { PayloadRequest } from 'payload'

import { translate, translationLabels } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-talent-bank'

/** Merged into the config's i18n, so admin components can use `t('plugin-talent-bank:…')`. */
export const translations = { en, ja }

export type TalentBankKey = keyof (typeof ja)[typeof NAMESPACE]

type Vars = Record<string, unknown>

/** Messages in one language: what pure code (scoring, transitions) is given to word its results. */
export type Translator = (key: TalentBankKey, vars?: Vars) => string

/** A static label in both admin languages, for collections, fields, options and descriptions. */
export const label = translationLabels<TalentBankKey>(NAMESPACE, translations)

/** A message for the client in the request's admin language (Japanese without a request). */
export const message = (req: Pick<PayloadRequest, 't'> | undefined, key: TalentBankKey, vars?: Vars): string =>
  translate(req, NAMESPACE, ja[NAMESPACE], key, vars)

/** The translator of a request; Japanese without one. */
export const translatorFor =
  (req?: Pick<PayloadRequest, 't'>): Translator =>
  (key, vars) =>
    message(req, key, vars)

/** A label whose `{{name}}` placeholders are filled in with each language's own values. */
export const labelWith = (key: TalentBankKey, vars: Record<'en' | 'ja', Vars>): { en: string; ja: string } => ({
  en: translate(undefined, NAMESPACE, en[NAMESPACE], key, vars.en),
  ja: translate(undefined, NAMESPACE, ja[NAMESPACE], key, vars.ja),
})

/** Select options whose labels are the `<prefix>.<value>` entries of the translations. */
export const optionsOf = <V extends string>(prefix: string, values: readonly V[]) =>
  values.map((value) => ({ label: label(`${prefix}.${value}` as TalentBankKey), value }))
