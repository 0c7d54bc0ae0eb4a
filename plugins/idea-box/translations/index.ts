import type { PayloadRequest } from 'payload'

import { translate, translationLabels } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-idea-box'

/** Merged into the config's i18n, so admin components can use `t('plugin-idea-box:…')`. */
export const translations = { en, ja }

export type IdeaBoxKey = keyof (typeof ja)[typeof NAMESPACE]

type Vars = Record<string, unknown>

/** A static label in both admin languages, for collections, fields, options and descriptions. */
export const label = translationLabels<IdeaBoxKey>(NAMESPACE, translations)

/** A label whose `{{name}}` placeholders are filled in, in both languages. */
export const labelWith = (key: IdeaBoxKey, vars: Vars): { en: string; ja: string } => ({
  en: translate(undefined, NAMESPACE, en[NAMESPACE], key, vars),
  ja: translate(undefined, NAMESPACE, ja[NAMESPACE], key, vars),
})

/** A message for the client in the request's admin language (Japanese without a request). */
export const message = (req: Pick<PayloadRequest, 't'> | undefined, key: IdeaBoxKey, vars?: Vars): string =>
  translate(req, NAMESPACE, ja[NAMESPACE], key, vars)

/** Select options whose labels are the `<prefix>.<value>` entries of the translations. */
export const optionsOf = <V extends string>(prefix: string, values: readonly V[]) =>
  values.map((value) => ({ label: label(`${prefix}.${value}` as IdeaBoxKey), value }))
