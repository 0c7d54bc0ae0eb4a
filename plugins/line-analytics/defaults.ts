import type { ResolvedLineOptions } from '@akita-dx/plugin-line'

import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'

import { INSIGHT_REQUESTS_PER_HOUR } from './constants'
import type { LineAnalyticsOptions, ResolvedAnalyticsOptions } from './types'

const PLUGIN = 'lineAnalyticsPlugin'

/** The plugin's options with every default filled in, some from the LINE plugin it builds on; nonsense stops the config build. */
export const resolveOptions = (options: LineAnalyticsOptions, line: ResolvedLineOptions): ResolvedAnalyticsOptions => {
  const codeLength = integerOption(PLUGIN, 'codeLength', options.codeLength, 12, 8)
  if (codeLength > 32) throw new Error(`${PLUGIN}: codeLength must be an integer between 8 and 32, got ${codeLength}`)
  return {
    adminGroup: options.adminGroup ?? { en: 'LINE', ja: 'LINE配信' },
    categories: line.residents.interests,
    clickRetentionDays:
      options.clickRetentionDays === false ? false : integerOption(PLUGIN, 'clickRetentionDays', options.clickRetentionDays, 400),
    codeLength,
    disabled: options.disabled ?? false,
    flushIntervalMs: integerOption(PLUGIN, 'flushIntervalMs', options.flushIntervalMs, 1000),
    insightBudgetPerHour: Math.min(
      integerOption(PLUGIN, 'insightBudgetPerHour', options.insightBudgetPerHour, INSIGHT_REQUESTS_PER_HOUR, 0),
      INSIGHT_REQUESTS_PER_HOUR,
    ),
    insightCron: options.insightCron ?? '0 */5 * * * *',
    maxBatchSize: integerOption(PLUGIN, 'maxBatchSize', options.maxBatchSize, 2000),
    organisation: options.organisation ? resolveOrganisation(options.organisation) : line.organisation,
    overrides: options.overrides ?? {},
    publicBaseUrl: options.publicBaseUrl?.replace(/\/+$/, '') || undefined,
    redirectPath: `/${(options.redirectPath ?? '/l').replace(/^\/+|\/+$/g, '')}`,
    retentionCron: options.retentionCron ?? '0 50 3 * * *',
    sources: line.collections.map((c) => c.slug),
  }
}
