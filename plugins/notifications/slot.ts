import { optionsSlot } from '@akita-dx/plugin-core'

import type { ResolvedNotificationsOptions } from './types'

/** The resolved options, kept on the config for the sender, the endpoints and the tasks. */
export const notificationsOptions = optionsSlot<ResolvedNotificationsOptions>('plugin-notifications')
