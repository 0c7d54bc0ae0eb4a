import type { Payload } from 'payload'

import { tryAcquireLease } from '@akita-dx/plugin-core'

/**
 * Whether this process runs background work. Only the long-running server turns it on: tests,
 * the seed and CLIs boot the same config and must never run crons or the job queue.
 */
const state = globalThis as typeof globalThis & { __akitaBackgroundEnabled?: boolean }

export const enableBackgroundWork = (enabled = true) => {
  state.__akitaBackgroundEnabled = enabled
}

export const backgroundWorkEnabled = () => state.__akitaBackgroundEnabled === true

const JOBS_LEASE_MS = 90_000

/**
 * Payload's job runner (scheduled publishing, the jGrants import task) runs in one server process
 * per deployment: the one holding the `payload-jobs` lease, renewed at every tick.
 */
export const shouldRunJobs = async (payload: Payload): Promise<boolean> =>
  backgroundWorkEnabled() && tryAcquireLease(payload, 'payload-jobs', JOBS_LEASE_MS)
