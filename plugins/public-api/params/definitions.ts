import type { ApiParams, ResolvedVocabulary, Term } from '../types'
import type { IntegerParam, ListParam, ParamDefinition, StringParam } from './types'

import { SUBSIDY_STATUSES } from '../rules/status'
import { japaneseLabel } from '../rules/terms'

const SUBSIDY_SORTS = ['relevance', 'deadline', '-amount', 'newest'] as const
export type SubsidySort = (typeof SUBSIDY_SORTS)[number]

const MAX_LIMIT = 100
const MAX_PAGE = 10_000

export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,99}$'

type Spelling = 'aliases' | 'labels'

/** Every accepted spelling of each term → its value: the value itself, and its labels or aliases. */
const acceptedOf = (terms: readonly Term[], spellings: Spelling[] = []) =>
  new Map<string, string>(
    terms.flatMap(({ aliases = [], label, value }): [string, string][] => [
      [value, value],
      ...(spellings.includes('labels') ? [[japaneseLabel(label), value] as [string, string]] : []),
      ...(spellings.includes('aliases') ? aliases.map((alias): [string, string] => [alias, value]) : []),
    ]),
  )

const describeCodes = (terms: readonly Term[]) => terms.map(({ label, value }) => `\`${value}\` ${japaneseLabel(label)}`).join(', ')

/** How a municipality may be spelled, shown with the first one. */
const describeSpellings = (term: Term | undefined) => {
  if (!term) return 'code or name'
  const alias = term.aliases?.[0]
  return `code (\`${term.value}\`), name (\`${japaneseLabel(term.label)}\`)${alias ? ` or local government code (\`${alias}\`)` : ''}`
}

/** The first two values as an example, in the spelling the description leads with. */
const exampleOf = (terms: readonly Term[], spell: (term: Term) => string = (term) => term.value) =>
  terms.length ? terms.slice(0, 2).map(spell).join(',') : undefined

const list = (name: string, terms: readonly Term[], description: string, spellings?: Spelling[]): ListParam => ({
  name,
  accepted: acceptedOf(terms, spellings),
  description,
  example: exampleOf(terms),
  kind: 'list',
})

const q: StringParam = {
  name: 'q',
  description:
    'Keywords (Japanese). Full-width letters and spaces are normalised (NFKC); every word must match. ' +
    'キーワード（全角・半角を区別しません。空白区切りの語をすべて含むものを返します）',
  example: '創業 空き店舗',
  kind: 'string',
  maxLength: 100,
}

const page: IntegerParam = {
  name: 'page',
  default: 1,
  description: 'Page number, from 1. ページ番号',
  kind: 'integer',
  maximum: MAX_PAGE,
  minimum: 1,
}

const limit: IntegerParam = {
  name: 'limit',
  default: 20,
  description: `Results per page (at most ${MAX_LIMIT}). 1ページの件数`,
  kind: 'integer',
  maximum: MAX_LIMIT,
  minimum: 1,
}

const status: ListParam = {
  name: 'status',
  accepted: acceptedOf(SUBSIDY_STATUSES),
  default: ['upcoming', 'open', 'closing_soon'],
  description:
    `Statuses (from the acceptance dates in Japan time), comma-separated: ${describeCodes(SUBSIDY_STATUSES)}; ` +
    '`all` lifts the filter. Default: everything not closed.',
  example: 'open,closing_soon',
  kind: 'list',
  wildcard: 'all',
}

const numbers: ParamDefinition[] = [
  {
    name: 'amountMin',
    description: 'Only programmes whose maximum amount is at least this many yen. 上限額の下限（円）',
    example: '1000000',
    kind: 'integer',
    maximum: 1_000_000_000_000,
    minimum: 0,
  },
  {
    name: 'employees',
    description: "The applicant's number of employees: programmes whose employee limit admits it. 従業員数",
    example: '5',
    kind: 'integer',
    maximum: 10_000_000,
    minimum: 0,
  },
  {
    name: 'sort',
    description:
      '`relevance`: keyword matches in the title first, then in the catch phrase, then elsewhere (then by deadline); ' +
      '`deadline`: nearest deadline first (year-round last); `-amount`: largest amount first; `newest`: latest added first. ' +
      'Default: `relevance` with `q`, else `deadline`. 並び順（キーワード指定時は関連度順）',
    kind: 'enum',
    values: SUBSIDY_SORTS,
  },
]

/** Parameters of the list that are not filters: the calendar has one order (by deadline) and no pages. */
const NOT_FILTERS = new Set(['limit', 'page', 'sort'])

/** What the diagnosis asks a founder (jGrants' vocabulary): where, which stage, how many employees, which industry, what for. */
const DIAGNOSIS_QUESTIONS = new Set(['municipality', 'stage', 'employees', 'industry', 'purpose'])

/** The query parameters of every route, for the vocabulary the app passed in. */
export const buildParams = (vocabulary: ResolvedVocabulary): ApiParams => {
  const { industries, kinds, municipalities, providerLevels, purposes, stages } = vocabulary
  const municipality: ListParam = {
    ...list(
      'municipality',
      municipalities,
      `Municipalities, comma-separated: ${describeSpellings(municipalities[0])}. ` +
        'Programmes for the whole prefecture or the whole country match every municipality. 市町村（カンマ区切り）',
      ['labels', 'aliases'],
    ),
    example: exampleOf(municipalities, (term) => japaneseLabel(term.label)),
  }
  const industry = list(
    'industry',
    industries,
    `JSIC divisions, comma-separated: ${describeCodes(industries)}. Programmes open to every industry match too.`,
    ['labels'],
  )
  const subsidyList: ParamDefinition[] = [
    q,
    list('purpose', purposes, `Purposes (jGrants' use_purpose), comma-separated: ${describeCodes(purposes)}`),
    industry,
    list('stage', stages, `Business stages, comma-separated: ${describeCodes(stages)}`, ['labels']),
    list('kind', kinds, `Kinds, comma-separated: ${describeCodes(kinds)}`, ['labels']),
    municipality,
    list('provider', providerLevels, `Provider levels, comma-separated: ${describeCodes(providerLevels)}`, ['labels']),
    status,
    ...numbers,
    page,
    limit,
  ]
  return {
    deadlines: subsidyList.filter(({ name }) => !NOT_FILTERS.has(name)),
    diagnosis: subsidyList.filter(({ name }) => DIAGNOSIS_QUESTIONS.has(name)),
    detail: [],
    storyList: [
      { ...q, example: 'カフェ' },
      { ...municipality, description: 'Municipalities of the founders, comma-separated (code, name or local government code).' },
      { ...industry, description: `Industries of the founders (JSIC divisions), comma-separated: ${describeCodes(industries)}` },
      page,
      limit,
    ],
    subsidyList,
  }
}
