import type { BackgroundTask } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions } from '../types'
import { runDueDeliveries, stopDeliveries } from './runner'

/**
 * Scheduled deliveries: every server process ticks; a delivery is sent by the one process that
 * claims it, so a deployment of two processes sends it once. At shutdown this process's sends
 * stop and hand their claims over.
 */
export const deliveryTask = (options: ResolvedLineOptions): BackgroundTask => ({
  cron: options.schedulerCron,
  name: 'line-deliveries',
  run: async (payload) => {
    await runDueDeliveries(payload)
  },
  scope: 'process',
  start: (payload) => () => stopDeliveries(payload),
})
