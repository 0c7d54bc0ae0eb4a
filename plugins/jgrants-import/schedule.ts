import type { BackgroundTask } from '@akita-dx/plugin-core'
import type { Payload } from 'payload'

import type { ResolvedJgrantsOptions } from './types'

import { SCHEDULE_NAME, TASK_SLUG } from './defaults'

/** Long enough for a full import; renewed before every run. */
const LEASE_MS = 30 * 60_000

/** One scheduled import: queues the Payload task and runs it at once, so the job records it. */
export const runImportTask = async (payload: Payload): Promise<void> => {
  const job = await payload.jobs.queue({ input: {}, queue: 'jgrants', task: TASK_SLUG } as never)
  await payload.jobs.runByID({ id: job.id })
}

/** The daily import, in the one server process of the deployment that holds the `jgrants-import` lease. */
export const importSchedule = (options: ResolvedJgrantsOptions): BackgroundTask => ({
  cron: options.cron,
  leaseMs: LEASE_MS,
  name: SCHEDULE_NAME,
  run: runImportTask,
  scope: 'deployment',
  timezone: 'Asia/Tokyo',
})
