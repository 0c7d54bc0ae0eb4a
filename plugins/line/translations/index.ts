import type { PayloadRequest } from 'payload'

import { translate, translationLabels } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const NAMESPACE = 'plugin-line'

export const translations = { en, ja }

export type LineTranslationKey = keyof (typeof ja)['plugin-line']

/** `{ ja, en }` of a key, for collection and field labels. */
export const label = translationLabels<LineTranslationKey>(NAMESPACE, translations)

/** A message in the request's admin language (Japanese without a request). */
export const lineT = (req: Pick<PayloadRequest, 't'> | undefined, key: LineTranslationKey, vars?: Record<string, unknown>) =>
  translate(req, NAMESPACE, ja[NAMESPACE], key, vars)
