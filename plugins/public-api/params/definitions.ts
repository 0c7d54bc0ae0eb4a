import { MUNICIPALITIES } from '../../../src/lib/akita'
import {
  INDUSTRIES,
  KINDS,
  PROVIDER_LEVELS,
  PURPOSES,
  STAGES,
  STATUSES,
} from '../../../collections/subsidies/options'
import type { IntegerParam, ListParam, ParamDefinition, StringParam } from './types'

const codes = (list: readonly { value: string }[]) => new Map(list.map(({ value }) => [value, value]))

const withLabels = (list: readonly { label: string; value: string }[], extra: [string, string][] = []) =>
  new Map<string, string>([...list.flatMap(({ label, value }): [string, string][] => [[value, value], [label, value]]), ...extra])

const describeCodes = (list: readonly { ja: string; value: string }[]) =>
  list.map(({ ja, value }) => `\`${value}\` ${ja}`).join(', ')

export const SUBSIDY_SORTS = ['deadline', '-amount', 'newest'] as const
export type SubsidySort = (typeof SUBSIDY_SORTS)[number]

export const MAX_LIMIT = 100
export const MAX_PAGE = 10_000

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

const municipality: ListParam = {
  name: 'municipality',
  accepted: new Map(
    MUNICIPALITIES.flatMap(({ code, label, value }): [string, string][] => [
      [value, value],
      [label, value],
      [code, value],
    ]),
  ),
  description:
    'Municipalities, comma-separated: code (`akita`), name (`秋田市`) or local government code (`05201`). ' +
    'Programmes for the whole prefecture or the whole country match every municipality. 市町村（カンマ区切り）',
  example: '秋田市,能代市',
  kind: 'list',
}

const industry: ListParam = {
  name: 'industry',
  accepted: withLabels(INDUSTRIES.map(({ ja, value }) => ({ label: ja, value }))),
  description: `JSIC divisions, comma-separated: ${describeCodes(INDUSTRIES)}. Programmes open to every industry match too.`,
  example: 'E,G',
  kind: 'list',
}

/** Query parameters of `GET /subsidies`, in the order the OpenAPI document lists them. */
export const SUBSIDY_LIST_PARAMS: readonly ParamDefinition[] = [
  q,
  {
    name: 'purpose',
    accepted: codes(PURPOSES),
    description: `Purposes (jGrants' use_purpose), comma-separated: ${describeCodes(PURPOSES)}`,
    example: 'new_business,equipment_it',
    kind: 'list',
  },
  industry,
  {
    name: 'stage',
    accepted: withLabels(STAGES.map(({ ja, value }) => ({ label: ja, value }))),
    description: `Business stages, comma-separated: ${describeCodes(STAGES)}`,
    example: 'founding',
    kind: 'list',
  },
  {
    name: 'kind',
    accepted: withLabels(KINDS.map(({ ja, value }) => ({ label: ja, value }))),
    description: `Kinds, comma-separated: ${describeCodes(KINDS)}`,
    example: 'subsidy,grant',
    kind: 'list',
  },
  municipality,
  {
    name: 'provider',
    accepted: withLabels(PROVIDER_LEVELS.map(({ ja, value }) => ({ label: ja, value }))),
    description: `Provider levels, comma-separated: ${describeCodes(PROVIDER_LEVELS)}`,
    example: 'prefecture,municipality',
    kind: 'list',
  },
  {
    name: 'status',
    accepted: codes(STATUSES),
    default: ['upcoming', 'open', 'closing_soon'],
    description:
      `Statuses (from the acceptance dates in Japan time), comma-separated: ${describeCodes(STATUSES)}; ` +
      '`all` lifts the filter. Default: everything not closed.',
    example: 'open,closing_soon',
    kind: 'list',
    wildcard: 'all',
  },
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
    default: 'deadline',
    description:
      '`deadline`: nearest deadline first (year-round last); `-amount`: largest amount first; `newest`: latest added first.',
    kind: 'enum',
    values: SUBSIDY_SORTS,
  },
  page,
  limit,
]

/** Query parameters of `GET /stories`. */
export const STORY_LIST_PARAMS: readonly ParamDefinition[] = [
  { ...q, example: 'カフェ' },
  { ...municipality, description: 'Municipalities of the founders, comma-separated (code, name or local government code).' },
  { ...industry, description: `Industries of the founders (JSIC divisions), comma-separated: ${describeCodes(INDUSTRIES)}` },
  page,
  limit,
]

/** Detail endpoints take no query parameters: anything given is a mistake worth reporting. */
export const DETAIL_PARAMS: readonly ParamDefinition[] = []

export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,99}$'
