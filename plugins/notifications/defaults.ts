import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'

import type { NotificationsPluginOptions, ResolvedNotificationsOptions } from './types'

import { DELIVERY_MODES } from './constants'
import { label } from './translations'

const PLUGIN = 'notificationsPlugin'

export const resolveOptions = (options: NotificationsPluginOptions = {}): ResolvedNotificationsOptions => {
  const defaultDelivery = options.defaultDelivery ?? 'immediate'
  if (!DELIVERY_MODES.includes(defaultDelivery))
    throw new Error(`${PLUGIN}: defaultDelivery must be one of ${DELIVERY_MODES.join(', ')}, got ${String(defaultDelivery)}`)
  return {
    adminGroup: options.adminGroup ?? label('adminGroup'),
    dailyDigestCron: options.dailyDigestCron ?? '0 0 8 * * *',
    defaultDelivery,
    digestListed: integerOption(PLUGIN, 'digestListed', options.digestListed, 10),
    disabled: options.disabled ?? false,
    organisation: resolveOrganisation(options.organisation),
    overrides: options.overrides ?? {},
    publicOrigin: options.publicOrigin,
    retentionDays: options.retentionDays === false ? false : integerOption(PLUGIN, 'retentionDays', options.retentionDays, 180),
    weeklyDigestCron: options.weeklyDigestCron ?? '0 0 8 * * 1',
  }
}
