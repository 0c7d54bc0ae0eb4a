import { integerOption } from '@akita-dx/plugin-core'

import type { PublicApiPluginOptions, ResolvedPublicApiOptions, StoryFields, SubsidyFields, Vocabulary } from './types'

const PLUGIN = 'plugin-public-api'

/** A field map whose every key names a field of the same name, but for the group members given. */
const namedAsKeys = <T extends Record<string, string>>(keys: readonly (keyof T & string)[], grouped: Partial<T> = {}): T =>
  ({ ...Object.fromEntries(keys.map((key) => [key, key])), ...grouped }) as T

const DEFAULT_SUBSIDY_FIELDS = namedAsKeys<SubsidyFields>(
  [
    'acceptanceEnd',
    'acceptanceStart',
    'anyIndustry',
    'applicationMethod',
    'applicationUrl',
    'areaScope',
    'catchPhrase',
    'detail',
    'eligibleEntities',
    'employeeLimit',
    'industries',
    'keywords',
    'kind',
    'maxAmount',
    'municipalities',
    'providerLevel',
    'providerName',
    'purposes',
    'rateText',
    'relatedStories',
    'searchText',
    'slug',
    'sortAmount',
    'sortDeadline',
    'stages',
    'summary',
    'title',
    'yearRound',
  ],
  {
    inquiryEmail: 'inquiry.email',
    inquirySection: 'inquiry.section',
    inquiryTel: 'inquiry.tel',
    sourceAttribution: 'provenance.attribution',
    sourceKind: 'provenance.source',
    sourceUrl: 'provenance.sourceUrl',
  },
)

const DEFAULT_STORY_FIELDS = namedAsKeys<StoryFields>([
  'company',
  'founderName',
  'foundingYear',
  'industry',
  'municipality',
  'portrait',
  'programmes',
  'quote',
  'slug',
  'story',
  'tags',
  'title',
])

const DEFAULT_OPENAPI = {
  description:
    '起業・創業する方のための支援制度（補助金・助成金・融資など）とロールモデル起業家の公開 API。ログイン不要、公開済みの情報のみ。',
  title: '支援制度 公開 API / Support programmes public API',
  version: '1.0.0',
}

/** A number from the environment (operators tune the cache without a code change), if set and valid. */
const envNumber = (name: string): number | undefined => {
  const value = process.env[name]?.trim()
  if (!value) return undefined
  const number = Number(value)
  return Number.isInteger(number) && number >= 0 ? number : undefined
}

const resolveVocabulary = (vocabulary: Vocabulary = {}): ResolvedPublicApiOptions['vocabulary'] => ({
  industries: vocabulary.industries ?? [],
  kinds: vocabulary.kinds ?? [],
  municipalities: vocabulary.municipalities ?? [],
  providerLevels: vocabulary.providerLevels ?? [],
  purposes: vocabulary.purposes ?? [],
  sources: vocabulary.sources ?? [],
  stages: vocabulary.stages ?? [],
})

const basePathOf = (path = '/public') => {
  if (!/^\/[A-Za-z0-9/_-]*[A-Za-z0-9_-]$/.test(path)) throw new Error(`${PLUGIN}: basePath must look like '/public', got ${path}`)
  return path
}

export const resolveOptions = (options: PublicApiPluginOptions = {}): ResolvedPublicApiOptions => {
  const number = (name: keyof PublicApiPluginOptions, fallback: number) =>
    integerOption(PLUGIN, name, options[name] as number | undefined, fallback, 0)
  const { media, stories } = options
  return {
    basePath: basePathOf(options.basePath),
    cacheMaxEntries: number('cacheMaxEntries', 500),
    cacheTtlMs: number('cacheTtlMs', envNumber('PUBLIC_API_CACHE_TTL_MS') ?? 30_000),
    closingSoonDays: number('closingSoonDays', 14),
    disabled: options.disabled ?? false,
    maxAgeSeconds: number('maxAgeSeconds', 60),
    media:
      media === false
        ? false
        : {
            altField: media?.fields?.alt ?? 'alt',
            slug: media?.slug ?? 'media',
            thumbnailSize: media?.thumbnailSize ?? 'thumbnail',
          },
    openApi: { ...DEFAULT_OPENAPI, ...options.openApi },
    serverURL: (options.serverURL ?? process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    search:
      options.search === false
        ? false
        : {
            read: options.search?.read ?? process.env.PUBLIC_API_SEARCH_INDEX !== 'off',
            slug: options.search?.slug ?? 'public-search-index',
          },
    stories:
      stories === false ? false : { fields: { ...DEFAULT_STORY_FIELDS, ...stories?.fields }, slug: stories?.slug ?? 'founder-stories' },
    subsidies: {
      fields: { ...DEFAULT_SUBSIDY_FIELDS, ...options.subsidies?.fields },
      pagePath: options.subsidies?.pagePath ?? '/subsidies',
      slug: options.subsidies?.slug ?? 'subsidies',
    },
    vocabulary: resolveVocabulary(options.vocabulary),
  }
}
