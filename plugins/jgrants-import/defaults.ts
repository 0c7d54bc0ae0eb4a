import type { JgrantsImportOptions, ResolvedJgrantsOptions } from './types'

export const ATTRIBUTION = '出典：Jグランツ（https://www.jgrants-portal.go.jp/）'
export const PORTAL_URL = 'https://www.jgrants-portal.go.jp/subsidy/'
export const TASK_SLUG = 'importJgrants'
export const LEASE_NAME = 'jgrants-import'

export const resolveOptions = (options: JgrantsImportOptions = {}): ResolvedJgrantsOptions => ({
  baseUrl: (options.baseUrl ?? process.env.JGRANTS_BASE_URL ?? 'https://api.jgrants-portal.go.jp').replace(/\/+$/, ''),
  concurrency: options.concurrency ?? 3,
  cron: options.cron ?? '0 30 5 * * *',
  disabled: options.disabled ?? false,
  initialStatus: options.initialStatus ?? 'draft',
  keywords: options.keywords ?? ['事業', '補助金', '助成金', '支援'],
  maxItems: options.maxItems ?? 500,
  onlyAccepting: options.onlyAccepting ?? true,
  slug: options.slug ?? 'subsidies',
  targetArea: options.targetArea ?? '秋田県',
  timeoutMs: options.timeoutMs ?? 20_000,
})
