import { optionsSlot } from '@akita-dx/plugin-core'

import type { ResolvedPublicApiOptions } from './types'

/** The plugin's resolved options, kept on the config for what reads them at run time. */
export const publicApiOptions = optionsSlot<ResolvedPublicApiOptions>('plugin-public-api')
