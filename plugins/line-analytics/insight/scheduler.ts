import type { Payload } from 'payload'

import cron from 'node-cron'

import { releaseLease, tryAcquireLease } from '../../../src/lib/lease'
import { backgroundWorkEnabled } from '../../../src/server/background'
import type { ResolvedAnalyticsOptions } from '../types'
import { runInsightTick } from './runInsight'

const LEASE = 'line-analytics-insight'
const LEASE_MS = 15 * 60_000

/**
 * The insight job: a node-cron task in the server process that holds the insight lease, so
 * two server processes never spend LINE's hourly budget twice. Off in tests, CLIs and seeds.
 */
export const startInsightJob = (payload: Payload, options: ResolvedAnalyticsOptions) => {
  if (!backgroundWorkEnabled()) return async () => {}
  let running: Promise<void> | null = null
  const task = cron.schedule(
    options.insightCron,
    () => {
      if (running) return
      running = (async () => {
        try {
          if (!(await tryAcquireLease(payload, LEASE, LEASE_MS))) return
          const result = await runInsightTick(payload)
          if (result.fetched || result.errors || result.account) {
            payload.logger.info(
              `line-analytics: LINE statistics ${result.fetched} stored, ${result.errors} failed, ${result.deferred} deferred${result.account ? ', account figures stored' : ''}`,
            )
          }
        } catch (error) {
          payload.logger.error({ err: error, msg: 'line-analytics: insight tick failed' })
        } finally {
          running = null
        }
      })()
    },
    { name: 'line-analytics-insight', noOverlap: true },
  )
  return async () => {
    await task.stop()
    await task.destroy()
    await running
    await releaseLease(payload, LEASE).catch(() => undefined)
  }
}
