import { integerOption } from '@akita-dx/plugin-core'

import type { JgrantsImportOptions, ProgrammeFields, ResolvedJgrantsOptions } from './types'

const PLUGIN = 'plugin-jgrants-import'

export const ATTRIBUTION = '出典：Jグランツ（https://www.jgrants-portal.go.jp/）'
export const PORTAL_URL = 'https://www.jgrants-portal.go.jp/subsidy/'
export const TASK_SLUG = 'importJgrants'
/** Also the name of the lease that keeps the schedule to one process per deployment. */
export const SCHEDULE_NAME = 'jgrants-import'

const OWN_FIELDS = [
  'acceptanceEnd',
  'acceptanceStart',
  'applicationUrl',
  'areaScope',
  'catchPhrase',
  'detail',
  'employeeLimit',
  'industries',
  'kind',
  'maxAmount',
  'municipalities',
  'providerLevel',
  'providerName',
  'purposes',
  'rateText',
  'stages',
  'summary',
  'title',
  'yearRound',
] as const
const PROVENANCE_FIELDS = ['attribution', 'editedFields', 'externalId', 'importedAt', 'snapshot', 'source', 'sourceUrl'] as const

const DEFAULT_FIELDS = Object.fromEntries([
  ...OWN_FIELDS.map((key) => [key, key]),
  ...PROVENANCE_FIELDS.map((key) => [key, `provenance.${key}`]),
]) as ProgrammeFields

export const resolveOptions = (options: JgrantsImportOptions = {}): ResolvedJgrantsOptions => ({
  baseUrl: (options.baseUrl ?? process.env.JGRANTS_BASE_URL ?? 'https://api.jgrants-portal.go.jp').replace(/\/+$/, ''),
  concurrency: integerOption(PLUGIN, 'concurrency', options.concurrency, 3),
  cron: options.cron ?? '0 30 5 * * *',
  disabled: options.disabled ?? false,
  initialStatus: options.initialStatus ?? 'draft',
  keywords: options.keywords ?? ['事業', '補助金', '助成金', '支援'],
  maxItems: integerOption(PLUGIN, 'maxItems', options.maxItems, 500),
  onlyAccepting: options.onlyAccepting ?? true,
  organisation: options.organisation ?? {},
  subsidies: { fields: { ...DEFAULT_FIELDS, ...options.subsidies?.fields }, slug: options.subsidies?.slug ?? 'subsidies' },
  targetArea: options.targetArea ?? null,
  timeoutMs: integerOption(PLUGIN, 'timeoutMs', options.timeoutMs, 20_000),
  vocabulary: {
    industries: options.vocabulary?.industries ?? [],
    municipalities: options.vocabulary?.municipalities ?? [],
    purposes: options.vocabulary?.purposes ?? [],
  },
})
