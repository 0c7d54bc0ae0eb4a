import type { BackgroundTask } from '@akita-dx/plugin-core'

import { clickBufferOf } from './clickBuffer'
import { ensureClickDays } from './clickDays'

/**
 * The click buffer's life in the server process: at start the daily roll-up is checked (and
 * backfilled) so the first dashboard view does not wait for it; at shutdown, after the last
 * request was answered, every click served is written.
 */
export const clicksTask: BackgroundTask = {
  name: 'line-analytics-clicks',
  scope: 'process',
  start: (payload) => {
    const buffer = clickBufferOf(payload)
    ensureClickDays(payload).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'line-analytics: checking the click roll-up failed' }),
    )
    return async () => {
      const pending = buffer.size
      await buffer.close()
      payload.logger.info(`line-analytics: ${pending} buffered clicks written at shutdown (${buffer.written} since start)`)
    }
  },
}
