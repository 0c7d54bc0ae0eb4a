import type { Payload } from 'payload'

import cron from 'node-cron'

import type { ResolvedLineOptions } from '../types'
import { runDueDeliveries, stopDeliveries } from './runner'

/**
 * The server's cron for scheduled deliveries. Every server process runs it; a delivery is sent
 * by the one process that claims it, so a deployment of two processes sends it once.
 */
export const startScheduler = (payload: Payload, options: ResolvedLineOptions) => {
  const task = cron.schedule(
    options.schedulerCron,
    async () => {
      try {
        await runDueDeliveries(payload)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'LINE scheduler tick failed' })
      }
    },
    { name: 'line-deliveries', noOverlap: true },
  )
  return async () => {
    await task.stop()
    await task.destroy()
    await stopDeliveries(payload)
  }
}
