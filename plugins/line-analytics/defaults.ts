import { INSIGHT_REQUESTS_PER_HOUR, LINE } from './constants'
import type { LineAnalyticsOptions, ResolvedAnalyticsOptions } from './types'

export const resolveOptions = (options: LineAnalyticsOptions = {}): ResolvedAnalyticsOptions => {
  const codeLength = options.codeLength ?? 12
  if (!Number.isInteger(codeLength) || codeLength < 8 || codeLength > 32) {
    throw new Error('lineAnalyticsPlugin: codeLength must be an integer between 8 and 32')
  }
  const redirectPath = `/${(options.redirectPath ?? '/l').replace(/^\/+|\/+$/g, '')}`
  return {
    adminGroup: options.adminGroup ?? { en: 'LINE', ja: 'LINE配信' },
    announcementsSlug: options.announcementsSlug ?? 'announcements',
    codeLength,
    disabled: options.disabled ?? false,
    flushIntervalMs: options.flushIntervalMs ?? 1000,
    insightBudgetPerHour: Math.min(options.insightBudgetPerHour ?? INSIGHT_REQUESTS_PER_HOUR, INSIGHT_REQUESTS_PER_HOUR),
    insightCron: options.insightCron ?? '0 */5 * * * *',
    maxBatchSize: options.maxBatchSize ?? 2000,
    overrides: options.overrides ?? {},
    publicBaseUrl: options.publicBaseUrl?.replace(/\/+$/, ''),
    redirectPath,
    segmentsSlug: options.segmentsSlug ?? LINE.segments,
  }
}
