import type { BackgroundTask } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions } from '../types'
import { drainQueue, resumeUnfinishedEvents } from './queue'

/**
 * Events a dead process left unfinished, taken over at start and every half lease by every
 * server process (each event is claimed atomically, so it is processed once). At shutdown the
 * events this process queued are finished first.
 */
export const webhookSweepTask = (options: ResolvedLineOptions): BackgroundTask => ({
  intervalMs: Math.max(500, Math.floor(options.deliveryLeaseMs / 2)),
  name: 'line-webhook-sweep',
  run: async (payload) => {
    await resumeUnfinishedEvents(payload)
  },
  runAtStart: true,
  scope: 'process',
  start: (payload) => () => drainQueue(payload),
})
