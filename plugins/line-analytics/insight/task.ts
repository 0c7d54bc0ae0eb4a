import type { BackgroundTask } from '@akita-dx/plugin-core'

import { INSIGHT_TASK } from '../constants'
import type { ResolvedAnalyticsOptions } from '../types'
import { runInsightTick } from './tick'

/**
 * LINE's statistics read back on schedule, in one process per deployment (the task's lease), so
 * two server processes never spend LINE's hourly budget twice.
 */
export const insightTask = (options: ResolvedAnalyticsOptions): BackgroundTask => ({
  cron: options.insightCron,
  leaseMs: 15 * 60_000,
  name: INSIGHT_TASK,
  run: async (payload) => {
    const result = await runInsightTick(payload)
    if (result.fetched || result.errors || result.account) {
      payload.logger.info(
        `line-analytics: LINE statistics ${result.fetched} stored, ${result.errors} failed, ${result.deferred} deferred${result.account ? ', account figures stored' : ''}`,
      )
    }
  },
  scope: 'deployment',
})
