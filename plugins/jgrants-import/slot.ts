import { optionsSlot } from '@akita-dx/plugin-core'

import type { ResolvedJgrantsOptions } from './types'

/** The plugin's resolved options, kept on the config for the task, the command line and tests. */
export const jgrantsOptions = optionsSlot<ResolvedJgrantsOptions>('plugin-jgrants-import')
