import type { PayloadRequest } from 'payload'

import { en } from './en'
import { ja } from './ja'

export const coreTranslations = { en, ja }

export type CoreTranslationKey = keyof (typeof ja)['akita-core']

type Translate = (key: string, vars?: Record<string, unknown>) => string

const interpolate = (text: string, vars: Record<string, unknown> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))

/**
 * A message of a plugin's namespace in the request's admin language, Japanese when the request
 * has no i18n (Local API calls) or the namespace was not merged into the config.
 */
export const translate = (
  req: Pick<PayloadRequest, 't'> | undefined,
  namespace: string,
  fallback: Record<string, string>,
  key: string,
  vars?: Record<string, unknown>,
): string => {
  const full = `${namespace}:${key}`
  const text = (req?.t as Translate | undefined)?.(full, vars)
  return text && text !== full ? text : interpolate(fallback[key] ?? key, vars)
}

export const coreT = (req: Pick<PayloadRequest, 't'> | undefined, key: CoreTranslationKey, vars?: Record<string, unknown>) =>
  translate(req, 'akita-core', ja['akita-core'], key, vars)
