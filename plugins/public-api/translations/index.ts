import type { PayloadRequest } from 'payload'

import { translate } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const publicApiTranslations = { en, ja }

export type PublicApiMessage = keyof (typeof ja)['plugin-public-api']

/** A message in the request's language; Japanese outside a Payload request (the cache route). */
export const publicApiT = (req: Pick<PayloadRequest, 't'> | undefined, key: PublicApiMessage, vars?: Record<string, unknown>) =>
  translate(req, 'plugin-public-api', ja['plugin-public-api'], key, vars)
