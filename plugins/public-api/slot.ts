import { optionsSlot } from '@akita-dx/plugin-core'

import type { PublicAnswers } from './answers'
import type { ResolvedPublicApiOptions } from './types'

/** The plugin's resolved options, kept on the config for what reads them at run time. */
export const publicApiOptions = optionsSlot<ResolvedPublicApiOptions>('plugin-public-api')

/** The answers of the API, kept on the config for the reader (pages of the same app). */
export const publicApiAnswers = optionsSlot<PublicAnswers>('plugin-public-api/answers')
