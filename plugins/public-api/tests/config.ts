import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import type { PublicApiPluginOptions, Term } from '../types'

import { publicApiPlugin } from '../index'
import { normaliseForSearch } from '../rules/search'

const terms = (pairs: [string, string][]): Term[] => pairs.map(([value, ja]) => ({ label: { en: value, ja }, value }))

/** A vocabulary of the tests' own, in the shapes an app passes (select options, aliases). */
export const testVocabulary = {
  industries: terms([
    ['E', '製造業'],
    ['G', '情報通信業'],
    ['M', '宿泊業，飲食サービス業'],
  ]),
  kinds: terms([
    ['subsidy', '補助金'],
    ['grant', '助成金'],
    ['loan', '融資'],
  ]),
  municipalities: [
    { aliases: ['05201'], label: '秋田市', value: 'akita' },
    { aliases: ['05202'], label: '能代市', value: 'noshiro' },
    { aliases: ['05203'], label: '横手市', value: 'yokote' },
  ],
  providerLevels: terms([
    ['national', '国'],
    ['prefecture', '県'],
    ['municipality', '市町村'],
    ['financial', '金融機関'],
  ]),
  purposes: terms([
    ['new_business', '新たな事業を行いたい'],
    ['equipment_it', '設備整備・IT導入をしたい'],
  ]),
  sources: terms([
    ['manual', '手入力'],
    ['jgrants', 'Jグランツ'],
  ]),
  stages: terms([
    ['founding', '創業期'],
    ['growth', '成長期'],
  ]),
}

const select = (name: string, list: readonly Term[], extra: Record<string, unknown> = {}) =>
  ({ name, type: 'select', options: list.map(({ label, value }) => ({ label, value })), ...extra }) as const

/** The collection keeps the columns the API filters and sorts on, as the plugin asks of it. */
const derive: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const doc = { ...originalDoc, ...data }
  const words = [doc.title, doc.catchPhrase, doc.summary, ...(doc.keywords ?? []), doc.providerName]
  Object.assign(data, {
    anyIndustry: !doc.industries?.length,
    searchText: normaliseForSearch(words.filter(Boolean).join(' ')),
    sortAmount: doc.maxAmount ?? 0,
    sortDeadline: !doc.yearRound && doc.acceptanceEnd ? doc.acceptanceEnd : '9999-12-31T00:00:00.000Z',
  })
  return data
}

/** Programmes with the plugin's default field names: what an app like the one in this repository has. */
export const testProgrammes: CollectionConfig = {
  slug: 'subsidies',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', index: true, unique: true },
    ...[
      'catchPhrase',
      'summary',
      'eligibleEntities',
      'rateText',
      'applicationMethod',
      'applicationUrl',
      'providerName',
      'internalMemo',
    ].map((name) => ({ name, type: 'text' }) as const),
    { name: 'detail', type: 'richText' },
    { name: 'keywords', type: 'text', hasMany: true },
    select('kind', testVocabulary.kinds),
    select('providerLevel', testVocabulary.providerLevels),
    select('purposes', testVocabulary.purposes, { hasMany: true }),
    select('industries', testVocabulary.industries, { hasMany: true }),
    select('stages', testVocabulary.stages, { hasMany: true }),
    select('areaScope', [
      { label: '全国', value: 'nationwide' },
      { label: '県内', value: 'prefecture' },
      { label: '市町村', value: 'municipalities' },
    ]),
    select('municipalities', testVocabulary.municipalities, { hasMany: true }),
    ...['employeeLimit', 'maxAmount', 'sortAmount'].map((name) => ({ name, type: 'number' }) as const),
    ...['acceptanceStart', 'acceptanceEnd', 'sortDeadline'].map((name) => ({ name, type: 'date' }) as const),
    { name: 'yearRound', type: 'checkbox', defaultValue: false },
    { name: 'anyIndustry', type: 'checkbox', defaultValue: true },
    { name: 'searchText', type: 'text' },
    { name: 'inquiry', type: 'group', fields: ['section', 'tel', 'email'].map((name) => ({ name, type: 'text' }) as const) },
    {
      name: 'provenance',
      type: 'group',
      fields: ['source', 'sourceUrl', 'attribution', 'note'].map((name) => ({ name, type: 'text' }) as const),
    },
    { name: 'relatedStories', type: 'relationship', hasMany: true, relationTo: 'founder-stories' },
  ],
  hooks: { beforeChange: [derive] },
  versions: { drafts: true },
}

export const testStories: CollectionConfig = {
  slug: 'founder-stories',
  fields: [
    ...['founderName', 'company', 'slug', 'title', 'quote'].map((name) => ({ name, type: 'text' }) as const),
    { name: 'foundingYear', type: 'number' },
    select('municipality', testVocabulary.municipalities),
    select('industry', testVocabulary.industries),
    { name: 'story', type: 'richText' },
    { name: 'tags', type: 'text', hasMany: true },
    { name: 'programmes', type: 'relationship', hasMany: true, relationTo: 'subsidies' },
  ],
  versions: { drafts: true },
}

/**
 * A config with only the plugin (and core), a bare users collection and the tests' own
 * collections, on this worker's test database, served by the real server.
 */
export const startPublicApi = async (
  options: PublicApiPluginOptions = {},
  collections: CollectionConfig[] = [testProgrammes, testStories],
): Promise<TestServer> => {
  const config = buildConfig({
    collections: [testUsers, testDepartments, ...collections],
    db: testDatabaseAdapter(),
    editor: lexicalEditor(),
    plugins: [publicApiPlugin({ media: false, vocabulary: testVocabulary, ...options })],
    secret: 'public-api-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
  return serve(await bootConfig(config))
}
