import type { Payload } from 'payload'

import cron from 'node-cron'

import type { ResolvedJgrantsOptions } from './types'

import { tryAcquireLease } from '../../src/lib/lease'
import { LEASE_NAME, TASK_SLUG } from './defaults'

/** Long enough for a full import; renewed only by the next tick. */
const LEASE_MS = 30 * 60 * 1000

/**
 * One scheduled import per tick per deployment: every server process ticks, the one that takes
 * the lease queues the task and runs it at once.
 */
export const runScheduledImport = async (payload: Payload): Promise<boolean> => {
  if (!(await tryAcquireLease(payload, LEASE_NAME, LEASE_MS))) return false
  const job = await payload.jobs.queue({ input: {}, queue: 'jgrants', task: TASK_SLUG } as never)
  await payload.jobs.runByID({ id: job.id })
  return true
}

export const startSchedule = (payload: Payload, options: ResolvedJgrantsOptions) => {
  const task = cron.schedule(
    options.cron,
    async () => {
      try {
        await runScheduledImport(payload)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'jGrants import failed' })
      }
    },
    { noOverlap: true, timezone: 'Asia/Tokyo' },
  )
  return async () => {
    await task.stop()
  }
}
