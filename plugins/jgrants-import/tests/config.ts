import type { CollectionConfig, Field } from 'payload'

import { bootConfig, serve, testDatabaseAdapter, testDepartments, testUsers, type TestServer } from '@akita-dx/test-support'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import type { JgrantsImportOptions, Term } from '../types'

import { jgrantsImportPlugin } from '../index'

const terms = (pairs: [string, string][]): Term[] => pairs.map(([value, ja]) => ({ label: { en: value, ja }, value }))

/** The vocabulary of the tests' own: jGrants' words as the Japanese labels of an app's select options. */
export const testVocabulary = {
  industries: terms([
    ['E', '製造業'],
    ['G', '情報通信業'],
    ['I', '卸売業，小売業'],
    ['M', '宿泊業，飲食サービス業'],
    ['N', '生活関連サービス業，娯楽業'],
  ]),
  municipalities: [
    { label: '秋田市', value: 'akita' },
    { label: '能代市', value: 'noshiro' },
    { label: '横手市', value: 'yokote' },
    { label: '大館市', value: 'odate' },
  ],
  purposes: terms([
    ['new_business', '新たな事業を行いたい'],
    ['sales_expansion', '販路拡大・海外展開をしたい'],
    ['succession', '事業を引き継ぎたい'],
    ['equipment_it', '設備整備・IT導入をしたい'],
    ['disaster', '災害（自然災害、感染症等）支援がほしい'],
  ]),
}

const texts = (...names: string[]): Field[] => names.map((name) => ({ name, type: 'text' }))

/** Programmes with the import's default field names (the shape of the app in this repository). */
export const testProgrammes: CollectionConfig = {
  slug: 'subsidies',
  fields: [
    ...texts('title', 'slug', 'catchPhrase', 'summary', 'rateText', 'applicationUrl', 'providerName', 'kind', 'providerLevel', 'areaScope'),
    { name: 'detail', type: 'richText' },
    ...['purposes', 'industries', 'stages', 'municipalities'].map((name): Field => ({ name, type: 'text', hasMany: true })),
    ...['employeeLimit', 'maxAmount'].map((name): Field => ({ name, type: 'number' })),
    ...['acceptanceStart', 'acceptanceEnd'].map((name): Field => ({ name, type: 'date' })),
    { name: 'yearRound', type: 'checkbox' },
    {
      name: 'provenance',
      type: 'group',
      fields: [
        ...texts('source', 'sourceUrl', 'attribution', 'note'),
        { name: 'externalId', type: 'text', unique: true },
        { name: 'importedAt', type: 'date' },
        { name: 'editedFields', type: 'text', hasMany: true },
        { name: 'snapshot', type: 'json' },
      ],
    },
  ],
  versions: { drafts: true },
}

/** A config with only the import (and core), a bare users collection and the tests' programmes, served by the real server. */
export const startJgrants = async (
  options: JgrantsImportOptions,
  collections: CollectionConfig[] = [testProgrammes],
): Promise<TestServer> => {
  const config = buildConfig({
    collections: [testUsers, testDepartments, ...collections],
    db: testDatabaseAdapter(),
    editor: lexicalEditor(),
    plugins: [jgrantsImportPlugin({ targetArea: '秋田県', vocabulary: testVocabulary, ...options })],
    secret: 'jgrants-test-secret',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
  return serve(await bootConfig(config))
}
