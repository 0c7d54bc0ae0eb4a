import type { ServerExtension } from '../../../src/server/extensions'
import { startInsightJob } from '../insight/scheduler'
import type { ResolvedAnalyticsOptions } from '../types'
import { clickBufferOf } from './clickBuffer'
import { ensureClickDays } from './clickDays'
import { mountRedirect } from './redirect'

/** The tracked-link redirect, the click flusher and the insight job, on the express server. */
export const analyticsServerExtension = (options: ResolvedAnalyticsOptions): ServerExtension => ({
  mount: (app, { payload }) => {
    mountRedirect(app, payload, options, payload.secret)
  },
  name: 'line-analytics',
  start: ({ payload }) => {
    const buffer = clickBufferOf(payload)
    // Backfills the daily roll-up (clicks written before it existed) at boot, not on the first dashboard view.
    ensureClickDays(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'line-analytics: checking the click roll-up failed' }))
    const stopInsight = startInsightJob(payload, options)
    return async () => {
      await stopInsight()
      // After the server stopped taking requests (see listen.ts): every click served is written.
      const pending = buffer.size
      await buffer.close()
      payload.logger.info(`line-analytics: ${pending} buffered clicks written at shutdown (${buffer.written} since start)`)
    }
  },
})
