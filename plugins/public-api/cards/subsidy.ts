import type { SelectType } from 'payload'

import { jstDay } from '@akita-dx/plugin-core/shared'

import type { ResolvedPublicApiOptions, SubsidyFields } from '../types'

import { idsOf, readFields, selectOf, valueAt } from '../fieldMap'
import { DEFAULT_AREA_SCOPE, LISTED_MUNICIPALITIES } from '../rules/areas'
import { SUBSIDY_STATUSES, subsidyStatus } from '../rules/status'
import { labelsOf } from '../rules/terms'
import { renderRichText } from './richText'

type Programme = Record<keyof SubsidyFields, any> & { id: unknown }

/** A calendar day in Japan (`YYYY-MM-DD`), or null for no date. */
export const dayOrNull = (value: unknown): null | string =>
  typeof value === 'string' && value && !Number.isNaN(Date.parse(value)) ? jstDay(value) : null

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [])

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null)

/** What a card shows: reading only these keeps list queries small (no rich text, no relations). */
const CARD_FIELDS: readonly (keyof SubsidyFields)[] = [
  'acceptanceEnd',
  'acceptanceStart',
  'applicationUrl',
  'areaScope',
  'catchPhrase',
  'kind',
  'maxAmount',
  'municipalities',
  'providerLevel',
  'providerName',
  'purposes',
  'slug',
  'sourceUrl',
  'title',
  'yearRound',
]

/** What the search index keeps of a programme: the card's fields and the texts a highlight is cut from. */
const INDEXED_FIELDS: readonly (keyof SubsidyFields)[] = [...CARD_FIELDS, 'keywords', 'summary']

/** A programme without a source was entered by hand. */
const MANUAL_SOURCE = 'manual'

export type SubsidyCards = ReturnType<typeof subsidyCards>

/** Cards and details of programmes, read through the field map, labelled from the vocabulary. */
export const subsidyCards = ({ closingSoonDays, subsidies: { fields }, vocabulary }: ResolvedPublicApiOptions) => {
  const kindLabels = labelsOf(vocabulary.kinds)
  const levelLabels = labelsOf(vocabulary.providerLevels)
  const municipalityNames = labelsOf(vocabulary.municipalities)
  const statusLabels = labelsOf(SUBSIDY_STATUSES)

  const cardOf = (p: Programme, now: Date) => {
    const area = p.areaScope ?? DEFAULT_AREA_SCOPE
    return {
      acceptanceEnd: dayOrNull(p.acceptanceEnd),
      acceptanceStart: dayOrNull(p.acceptanceStart),
      area,
      catchPhrase: p.catchPhrase ?? null,
      id: String(p.id),
      kind: p.kind,
      maxAmount: numberOrNull(p.maxAmount),
      municipalities: area === LISTED_MUNICIPALITIES ? strings(p.municipalities) : [],
      provider: { level: p.providerLevel, name: p.providerName ?? '' },
      purposes: strings(p.purposes),
      slug: p.slug,
      status: subsidyStatus(p, now, closingSoonDays),
      title: p.title,
      url: p.applicationUrl || p.sourceUrl || null,
      yearRound: Boolean(p.yearRound),
    }
  }

  /** The full programme: only public fields, named one by one (never a spread of the document). */
  const detailOf = (p: Programme, now: Date, stories: unknown[], updatedAt: unknown) => {
    const card = cardOf(p, now)
    return {
      ...card,
      application: { method: p.applicationMethod ?? null, url: p.applicationUrl ?? null },
      detail: renderRichText(p.detail),
      eligibleEntities: p.eligibleEntities ?? null,
      employeeLimit: numberOrNull(p.employeeLimit),
      industries: strings(p.industries),
      inquiry: { email: p.inquiryEmail ?? null, section: p.inquirySection ?? null, tel: p.inquiryTel ?? null },
      keywords: strings(p.keywords),
      kindLabel: kindLabels.get(p.kind) ?? null,
      municipalityNames: card.municipalities.map((code) => municipalityNames.get(code) ?? code),
      provider: { ...card.provider, levelLabel: levelLabels.get(p.providerLevel) ?? null },
      rateText: p.rateText ?? null,
      source: { attribution: p.sourceAttribution ?? null, kind: p.sourceKind ?? MANUAL_SOURCE, url: p.sourceUrl ?? null },
      stages: strings(p.stages),
      statusLabel: statusLabels.get(card.status) ?? null,
      stories,
      summary: p.summary ?? null,
      updatedAt: updatedAt ?? null,
    }
  }

  return {
    card: (doc: Record<string, unknown>, now: Date) => cardOf(readFields(doc, fields), now),
    cardSelect: selectOf(CARD_FIELDS.map((key) => fields[key])) as SelectType,
    /** The card of the values the search index kept (`indexed`). */
    cardOfIndexed: (values: Record<string, unknown>, now: Date) => cardOf(values as Programme, now),
    indexedSelect: selectOf(INDEXED_FIELDS.map((key) => fields[key])) as SelectType,
    /** The values of a programme the search index keeps, under the API's names (JSON-safe). */
    indexed: (doc: Record<string, unknown>): Record<string, unknown> => {
      const read = readFields(doc, fields)
      return Object.fromEntries([['id', read.id], ...INDEXED_FIELDS.map((key) => [key, read[key] ?? null])])
    },
    detail: (doc: Record<string, unknown>, now: Date, stories: unknown[]) => detailOf(readFields(doc, fields), now, stories, doc.updatedAt),
    relatedStoryIds: (doc: Record<string, unknown>) => idsOf(valueAt(doc, fields.relatedStories)),
  }
}
