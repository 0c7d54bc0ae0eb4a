import type { CollectionConfig, Field } from 'payload'

import { en } from '../translations/en'
import { ja } from '../translations/ja'

/**
 * The index row of a public programme: the columns the list filters and sorts on, under the names
 * the API knows them by (so `subsidyWhere` runs on it as it does on the collection), the texts the
 * keyword search and its ranking read, and the card-select part of the document the cards are
 * built from. Rows exist only for public (published) programmes.
 */
export const INDEX_FIELDS = {
  /** The programme's id. */
  doc: 'doc',
  /** `|a|b|` lists: one column per list, so a row is one read (see listFieldSql). */
  lists: ['industries', 'municipalities', 'purposes', 'stages'] as const,
  /** The programme's values the card and the highlight need (JSON). */
  source: 'source',
} as const

export type IndexList = (typeof INDEX_FIELDS.lists)[number]

const text = (name: string, extra: Partial<Field> = {}) => ({ name, type: 'text', ...extra }) as Field

/** The hidden collection of the index: no REST or admin access, written and read only by the plugin. */
export const searchIndexCollection = (slug: string, idType: 'number' | 'text'): CollectionConfig => ({
  slug,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    idType === 'text'
      ? text(INDEX_FIELDS.doc, { index: true, required: true, unique: true })
      : { name: INDEX_FIELDS.doc, type: 'number', index: true, required: true, unique: true },
    text('searchText'),
    text('titleText'),
    text('catchText'),
    /** The n-gram tokens (grams.ts), on databases that index them in the row (PostgreSQL). */
    text('grams'),
    ...INDEX_FIELDS.lists.map((name) => text(name)),
    text('kind', { index: true }),
    text('providerLevel', { index: true }),
    text('areaScope'),
    { name: 'anyIndustry', type: 'checkbox' },
    { name: 'yearRound', type: 'checkbox' },
    { name: 'employeeLimit', type: 'number' },
    { name: 'maxAmount', type: 'number' },
    { name: 'sortAmount', type: 'number', index: true },
    { name: 'acceptanceStart', type: 'date' },
    { name: 'acceptanceEnd', type: 'date' },
    { name: 'sortDeadline', type: 'date', index: true },
    /** The programme's createdAt (the `newest` order). */
    { name: 'addedAt', type: 'date', index: true },
    { name: INDEX_FIELDS.source, type: 'json' },
  ],
  labels: {
    plural: { en: en['plugin-public-api'].searchIndexPlural, ja: ja['plugin-public-api'].searchIndexPlural },
    singular: { en: en['plugin-public-api'].searchIndexSingular, ja: ja['plugin-public-api'].searchIndexSingular },
  },
  timestamps: false,
})
