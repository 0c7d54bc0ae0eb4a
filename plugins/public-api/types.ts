import type { ParamDefinition } from './params/types'

/**
 * A value of a list the API filters on, in the shape of a Payload select option, so an app can
 * pass the `options` of its select fields as they are.
 */
export type Term = {
  /** More spellings the API accepts for the value, e.g. a municipality's local government code `05201`. */
  aliases?: readonly string[]
  /** What readers see: the Japanese (`ja`) label of a translated one, else its first. */
  label: Record<string, string> | string
  /** The stored value (`akita`, `new_business`). */
  value: string
}

/** The values of the programmes' select fields, as the API accepts, shows and documents them. */
export type Vocabulary = {
  /** Industries (`industries` of programmes, `industry` of stories); labels are accepted as spellings. @default [] */
  industries?: readonly Term[]
  /** Kinds of help (補助金, 融資…); labels are accepted as spellings. @default [] */
  kinds?: readonly Term[]
  /** Municipalities; labels and aliases (local government codes, `05201`) are accepted as spellings. @default [] */
  municipalities?: readonly Term[]
  /** Provider levels (国, 県…); labels are accepted as spellings. @default [] */
  providerLevels?: readonly Term[]
  /** Purposes (codes only: their labels are whole sentences). @default [] */
  purposes?: readonly Term[]
  /** Where programmes come from (`source.kind` of a programme). @default [] */
  sources?: readonly Term[]
  /** Business stages; labels are accepted as spellings. @default [] */
  stages?: readonly Term[]
}

export type ResolvedVocabulary = Required<{ [K in keyof Vocabulary]: readonly Term[] }>

/**
 * The fields of programmes the API reads, by the name it knows them by. A value is a field name,
 * or a dot path into a group (`inquiry.email`).
 */
export type SubsidyFields = {
  acceptanceEnd: string
  acceptanceStart: string
  /** Checkbox kept true when `industries` is empty (an empty hasMany cannot be queried cheaply). */
  anyIndustry: string
  applicationMethod: string
  applicationUrl: string
  /** Select of the area scopes (`AREA_SCOPES`). */
  areaScope: string
  catchPhrase: string
  /** Rich text (Lexical). */
  detail: string
  eligibleEntities: string
  employeeLimit: string
  industries: string
  inquiryEmail: string
  inquirySection: string
  inquiryTel: string
  keywords: string
  kind: string
  maxAmount: string
  municipalities: string
  providerLevel: string
  providerName: string
  purposes: string
  rateText: string
  /** Relationship to stories, besides the stories that list the programme. */
  relatedStories: string
  /** Text of the keyword search, normalised with `normaliseForSearch`. */
  searchText: string
  slug: string
  /** The maximum amount, 0 when none (SQLite and PostgreSQL order NULLs differently). */
  sortAmount: string
  /** The deadline, a far-future date when none. */
  sortDeadline: string
  sourceAttribution: string
  sourceKind: string
  sourceUrl: string
  stages: string
  summary: string
  title: string
  yearRound: string
}

export type StoryFields = {
  company: string
  founderName: string
  foundingYear: string
  industry: string
  municipality: string
  /** Upload to the media collection. */
  portrait: string
  /** Relationship to the programmes the founder used. */
  programmes: string
  quote: string
  slug: string
  /** Rich text (Lexical). */
  story: string
  tags: string
  title: string
}

export type OpenApiInfo = {
  description?: string
  license?: { identifier?: string; name: string; url?: string }
  title?: string
  version?: string
}

/** Options of the public JSON API plugin (support programmes and founder stories, no login). */
export type PublicApiPluginOptions = {
  /**
   * Path below Payload's `/api` route where the endpoints live.
   * @default '/public'
   */
  basePath?: string
  /**
   * Largest number of responses kept in memory, keyed by the normalised query.
   * @default 500
   */
  cacheMaxEntries?: number
  /**
   * How long a cached response is served before it is rebuilt. Writes in this process clear the
   * cache at once; the TTL bounds how stale another server process can be. 0 turns the cache off.
   * @default process.env.PUBLIC_API_CACHE_TTL_MS ?? 30000
   */
  cacheTtlMs?: number
  /**
   * Days before the deadline from which a programme counts as 締切間近 (deadline day included).
   * @default 14
   */
  closingSoonDays?: number
  /**
   * Serves nothing and hooks nothing; the collections stay as they are.
   * @default false
   */
  disabled?: boolean
  /**
   * `max-age` in the `Cache-Control` header of successful responses.
   * @default 60
   */
  maxAgeSeconds?: number
  /**
   * The media collection of story portraits; `false` when there is none (portraits are null).
   * @default { slug: 'media', fields: { alt: 'alt' }, thumbnailSize: 'thumbnail' }
   */
  media?: false | { fields?: { alt?: string }; slug?: string; thumbnailSize?: string }
  /**
   * The `info` of the OpenAPI document.
   * @default { title: '支援制度 公開 API / Support programmes public API', version: '1.0.0', description: (what the API serves) }
   */
  openApi?: OpenApiInfo
  /**
   * The search index of public programmes, a hidden collection kept by the programmes' change
   * hooks: lists, counts and keyword searches read it with one SQL query each (SQLite and
   * PostgreSQL; on MongoDB the lists use Payload's find). `false` keeps no index.
   * @default { slug: 'public-search-index', read: true }
   */
  search?:
    | false
    | {
        /**
         * Whether the lists read the index. `false` answers them with Payload's find while the
         * index is still kept: a switch for operators (and for measuring the two side by side).
         * @default process.env.PUBLIC_API_SEARCH_INDEX !== 'off'
         */
        read?: boolean
        /** @default 'public-search-index' */
        slug?: string
      }
  /**
   * Public origin written into the OpenAPI document's `servers` and before relative media URLs.
   * @default process.env.PUBLIC_URL ?? 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * The founder stories collection; `false` when there is none (no story endpoints, programmes list no stories).
   * @default { slug: 'founder-stories', fields: each StoryFields key named as itself }
   */
  stories?: false | { fields?: Partial<StoryFields>; slug?: string }
  /**
   * The programmes collection. It must keep `searchText`, `anyIndustry`, `sortDeadline` and
   * `sortAmount` up to date itself (see SubsidyFields).
   * @default { slug: 'subsidies', pagePath: '/subsidies', fields: DEFAULT_SUBSIDY_FIELDS } (each key named as itself, except
   *   inquiryEmail|Section|Tel → `inquiry.email|section|tel`, sourceAttribution|Kind|Url → `provenance.attribution|source|sourceUrl`)
   */
  subsidies?: {
    fields?: Partial<SubsidyFields>
    /**
     * The path of the app's public page of programmes: a programme's page is `<pagePath>/<slug>`, where the feeds link.
     * @default '/subsidies'
     */
    pagePath?: string
    slug?: string
  }
  /**
   * The values of the programmes' select fields.
   * @default every list empty
   */
  vocabulary?: Vocabulary
}

export type ResolvedPublicApiOptions = {
  basePath: string
  cacheMaxEntries: number
  cacheTtlMs: number
  closingSoonDays: number
  disabled: boolean
  maxAgeSeconds: number
  media: false | { altField: string; slug: string; thumbnailSize: string }
  openApi: Required<Omit<OpenApiInfo, 'license'>> & Pick<OpenApiInfo, 'license'>
  search: false | { read: boolean; slug: string }
  serverURL: string
  stories: false | { fields: StoryFields; slug: string }
  subsidies: { fields: SubsidyFields; pagePath: string; slug: string }
  vocabulary: ResolvedVocabulary
}

/** The query parameters of each route, built from the vocabulary. */
export type ApiParams = {
  /** The filters of `subsidyList`, for the deadline calendar (one order, no pages). */
  deadlines: readonly ParamDefinition[]
  detail: readonly ParamDefinition[]
  /** The questions of the diagnosis: the list's filters a founder answers about their business. */
  diagnosis: readonly ParamDefinition[]
  storyList: readonly ParamDefinition[]
  subsidyList: readonly ParamDefinition[]
}
