import type { BackgroundTask } from '@akita-dx/plugin-core'

import type { ResolvedNotificationsOptions } from '../types'

import { TASKS } from '../constants'
import { sendNoticeDigests } from './send'

/** The daily and weekly digests, each in the one server process of the deployment that holds its lease. */
export const digestTasks = (options: ResolvedNotificationsOptions): BackgroundTask[] =>
  (['daily', 'weekly'] as const).map((cadence) => ({
    cron: cadence === 'daily' ? options.dailyDigestCron : options.weeklyDigestCron,
    name: TASKS[cadence],
    run: (payload) => sendNoticeDigests(payload, { cadence }),
    scope: 'deployment',
    timezone: 'Asia/Tokyo',
  }))
