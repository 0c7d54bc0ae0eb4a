import type { PayloadRequest } from 'payload'

import { translate } from '@akita-dx/plugin-core'

import { en } from './en'
import { ja } from './ja'

export const jgrantsTranslations = { en, ja }

type JgrantsMessage = keyof (typeof ja)['plugin-jgrants-import']

/** A message in the request's language; Japanese outside a request (the schedule, the command line). */
export const jgrantsT = (req: Pick<PayloadRequest, 't'> | undefined, key: JgrantsMessage) =>
  translate(req, 'plugin-jgrants-import', ja['plugin-jgrants-import'], key)
