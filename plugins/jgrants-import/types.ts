/** Options of the jGrants import (national subsidies from the jGrants public API into `subsidies`). */
export type JgrantsImportOptions = {
  /**
   * How imported programmes start out: drafts for an editor to review, or published at once.
   * Later imports never change a programme's publication status.
   * @default 'draft'
   */
  initialStatus?: 'draft' | 'published'
  /**
   * Origin of the jGrants API (tests point it at a local fixture server).
   * @default process.env.JGRANTS_BASE_URL ?? 'https://api.jgrants-portal.go.jp'
   */
  baseUrl?: string
  /**
   * node-cron expression (seconds field allowed) of the scheduled import, in Japan time.
   * @default '0 30 5 * * *'
   */
  cron?: string
  /**
   * Keeps the task (stable schema) but schedules nothing.
   * @default false
   */
  disabled?: boolean
  /**
   * Detail requests in flight at once (be gentle with a public service).
   * @default 3
   */
  concurrency?: number
  /**
   * Search words of the list requests: jGrants answers nothing without a keyword (2 characters or more),
   * so several broad words are searched and the results merged by id.
   * @default ['事業', '補助金', '助成金', '支援']
   */
  keywords?: string[]
  /**
   * Largest number of programmes one run imports.
   * @default 500
   */
  maxItems?: number
  /**
   * Only programmes accepting applications now (jGrants' `acceptance=1`).
   * @default true
   */
  onlyAccepting?: boolean
  /**
   * Collection the programmes go to.
   * @default 'subsidies'
   */
  slug?: string
  /**
   * jGrants' `target_area_search`: programmes for this prefecture (national ones included by jGrants).
   * @default '秋田県'
   */
  targetArea?: string
  /**
   * Milliseconds before one request to jGrants counts as failed.
   * @default 20000
   */
  timeoutMs?: number
}

export type ResolvedJgrantsOptions = Required<JgrantsImportOptions>

export type ImportResult = {
  created: number
  /** Fields kept because an editor changed them since the last import, by external id. */
  editedKept: Record<string, string[]>
  fetched: number
  skipped: { id: string; reason: string }[]
  unchanged: number
  updated: number
}
