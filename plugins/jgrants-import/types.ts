import type { OrganisationOptions } from '@akita-dx/plugin-core'

/** A value of a select field, as Payload's `options` take it; the Japanese label is what jGrants' text is matched on. */
export type Term = { label: Record<string, string> | string; value: string }

/** The values the import maps jGrants' words into. */
export type JgrantsVocabulary = {
  /** Industries whose Japanese labels are JSIC divisions as jGrants writes them (`製造業`). @default [] */
  industries?: readonly Term[]
  /** Municipalities whose Japanese labels are looked for in jGrants' `target_area_detail` (`秋田市`). @default [] */
  municipalities?: readonly Term[]
  /** Purposes whose Japanese labels are jGrants' `use_purpose` texts (`新たな事業を行いたい`). @default [] */
  purposes?: readonly Term[]
}

/**
 * The fields of the programmes collection the import writes, by the name it knows them by. A
 * value is a field name or a dot path into a group (`provenance.externalId`).
 */
export type ProgrammeFields = {
  acceptanceEnd: string
  acceptanceStart: string
  applicationUrl: string
  /** Select: `nationwide`, `prefecture` or `municipalities`. */
  areaScope: string
  /** Text: 「出典：Jグランツ（…）」. */
  attribution: string
  catchPhrase: string
  /** Rich text (Lexical). */
  detail: string
  /** Text, hasMany: the fields an editor changed since the import. */
  editedFields: string
  employeeLimit: string
  /** Unique text: jGrants' id, the upsert key. */
  externalId: string
  importedAt: string
  industries: string
  /** Select: `subsidy` or `grant`. */
  kind: string
  maxAmount: string
  municipalities: string
  /** Select: `national`, `prefecture`, `municipality` or `chamber`. */
  providerLevel: string
  providerName: string
  purposes: string
  rateText: string
  /** JSON: the values the last import wrote. */
  snapshot: string
  /** Select holding `jgrants`. */
  source: string
  sourceUrl: string
  /** Select, hasMany: `pre_founding`, `founding`, `growth`, `succession`. */
  stages: string
  summary: string
  title: string
  yearRound: string
}

/** Options of the jGrants import (national subsidies from the jGrants public API into a programmes collection). */
export type JgrantsImportOptions = {
  /**
   * Origin of the jGrants API (tests point it at a local fixture server).
   * @default process.env.JGRANTS_BASE_URL ?? 'https://api.jgrants-portal.go.jp'
   */
  baseUrl?: string
  /**
   * Detail requests in flight at once (be gentle with a public service).
   * @default 3
   */
  concurrency?: number
  /**
   * node-cron expression (seconds field allowed) of the scheduled import, in Japan time.
   * @default '0 30 5 * * *'
   */
  cron?: string
  /**
   * Keeps the Payload task (stable schema), but it refuses to run, and schedules nothing.
   * @default false
   */
  disabled?: boolean
  /**
   * How imported programmes start out: drafts for an editor to review, or published at once.
   * Later imports never change a programme's publication status.
   * @default 'draft'
   */
  initialStatus?: 'draft' | 'published'
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
   * The app's staff model, for the access of the leases collection the schedule needs.
   * @default the suite's defaults (see OrganisationOptions)
   */
  organisation?: OrganisationOptions
  /**
   * The programmes collection (with drafts) the import writes to.
   * @default { slug: 'subsidies', fields: DEFAULT_FIELDS } (each key named as itself, except attribution, editedFields,
   *   externalId, importedAt, snapshot, source and sourceUrl → `provenance.<key>`)
   */
  subsidies?: { fields?: Partial<ProgrammeFields>; slug?: string }
  /**
   * jGrants' `target_area_search`: programmes for this prefecture (national ones included by jGrants);
   * unset, every area.
   * @default undefined
   */
  targetArea?: string
  /**
   * Milliseconds before one request to jGrants counts as failed.
   * @default 20000
   */
  timeoutMs?: number
  /**
   * The values jGrants' words are mapped into.
   * @default every list empty (no purposes, industries or municipalities are mapped)
   */
  vocabulary?: JgrantsVocabulary
}

export type ResolvedJgrantsOptions = Required<Omit<JgrantsImportOptions, 'subsidies' | 'targetArea' | 'vocabulary'>> & {
  subsidies: { fields: ProgrammeFields; slug: string }
  targetArea: null | string
  vocabulary: Required<{ [K in keyof JgrantsVocabulary]: readonly Term[] }>
}

export type ImportResult = {
  created: number
  /** Fields kept because an editor changed them since the last import, by external id. */
  editedKept: Record<string, string[]>
  fetched: number
  skipped: { id: string; reason: string }[]
  unchanged: number
  updated: number
}
