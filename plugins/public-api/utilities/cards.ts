import type { SelectType } from 'payload'

import { municipalityOptions } from '../../../src/lib/akita'
import {
  INDUSTRIES,
  KINDS,
  labelOf,
  PROVIDER_LEVELS,
  STATUSES,
} from '../../../collections/subsidies/options'
import { japanDateString, subsidyStatus } from '../../../collections/subsidies/status'
import { renderRichText } from './richText'

type Doc = Record<string, any>
export type MediaInfo = { alt: string; thumbnailUrl: null | string; url: string }
export type MediaById = Map<string, MediaInfo>

const date = (value: unknown): null | string =>
  typeof value === 'string' && value && !Number.isNaN(Date.parse(value)) ? japanDateString(value) : null

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [])

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined) return null
  return String(typeof value === 'object' ? (value as { id?: unknown }).id : value)
}

/** The columns a card needs: reading only these keeps list queries small (no rich text, no joins we drop). */
export const SUBSIDY_CARD_SELECT: SelectType = {
  acceptanceEnd: true,
  acceptanceStart: true,
  applicationUrl: true,
  areaScope: true,
  catchPhrase: true,
  kind: true,
  maxAmount: true,
  municipalities: true,
  provenance: { sourceUrl: true },
  providerLevel: true,
  providerName: true,
  purposes: true,
  slug: true,
  title: true,
  yearRound: true,
}

export const toSubsidyCard = (doc: Doc, now: Date, closingSoonDays: number) => ({
  acceptanceEnd: date(doc.acceptanceEnd),
  acceptanceStart: date(doc.acceptanceStart),
  area: doc.areaScope ?? 'prefecture',
  catchPhrase: doc.catchPhrase ?? null,
  id: String(doc.id),
  kind: doc.kind,
  maxAmount: typeof doc.maxAmount === 'number' ? doc.maxAmount : null,
  municipalities: doc.areaScope === 'municipalities' ? strings(doc.municipalities) : [],
  provider: { level: doc.providerLevel, name: doc.providerName ?? '' },
  purposes: strings(doc.purposes),
  slug: doc.slug,
  status: subsidyStatus(doc, now, closingSoonDays),
  title: doc.title,
  url: doc.applicationUrl || doc.provenance?.sourceUrl || null,
  yearRound: Boolean(doc.yearRound),
})

/** The full programme: only public fields, named one by one (never a spread of the document). */
export const toSubsidyDetail = (
  doc: Doc,
  { closingSoonDays, now, stories }: { closingSoonDays: number; now: Date; stories: unknown[] },
) => {
  const card = toSubsidyCard(doc, now, closingSoonDays)
  return {
    ...card,
    application: { method: doc.applicationMethod ?? null, url: doc.applicationUrl ?? null },
    detail: renderRichText(doc.detail),
    eligibleEntities: doc.eligibleEntities ?? null,
    employeeLimit: typeof doc.employeeLimit === 'number' ? doc.employeeLimit : null,
    industries: strings(doc.industries),
    inquiry: {
      email: doc.inquiry?.email ?? null,
      section: doc.inquiry?.section ?? null,
      tel: doc.inquiry?.tel ?? null,
    },
    keywords: strings(doc.keywords),
    kindLabel: labelOf(KINDS, doc.kind),
    municipalityNames: card.municipalities.map(
      (code) => municipalityOptions.find((m) => m.value === code)?.label ?? code,
    ),
    provider: { ...card.provider, levelLabel: labelOf(PROVIDER_LEVELS, doc.providerLevel) },
    rateText: doc.rateText ?? null,
    source: {
      attribution: doc.provenance?.attribution ?? null,
      kind: doc.provenance?.source ?? 'manual',
      url: doc.provenance?.sourceUrl ?? null,
    },
    stages: strings(doc.stages),
    statusLabel: labelOf(STATUSES, card.status),
    stories,
    summary: doc.summary ?? null,
    updatedAt: doc.updatedAt ?? null,
  }
}

export const STORY_CARD_SELECT: SelectType = {
  company: true,
  founderName: true,
  foundingYear: true,
  industry: true,
  municipality: true,
  portrait: true,
  quote: true,
  slug: true,
  tags: true,
  title: true,
}

export const toStoryCard = (doc: Doc, media: MediaById) => ({
  company: doc.company,
  founderName: doc.founderName,
  foundingYear: typeof doc.foundingYear === 'number' ? doc.foundingYear : null,
  id: String(doc.id),
  industry: doc.industry ?? null,
  industryLabel: labelOf(INDUSTRIES, doc.industry),
  municipality: doc.municipality,
  municipalityName: municipalityOptions.find((m) => m.value === doc.municipality)?.label ?? null,
  portrait: media.get(idOf(doc.portrait) ?? '') ?? null,
  quote: doc.quote ?? null,
  slug: doc.slug,
  tags: strings(doc.tags),
  title: doc.title ?? null,
})

export const toStoryDetail = (doc: Doc, media: MediaById, programmes: unknown[]) => ({
  ...toStoryCard(doc, media),
  programmes,
  story: renderRichText(doc.story),
  updatedAt: doc.updatedAt ?? null,
})

export const mediaIdsOf = (docs: Doc[], field: string): string[] =>
  [...new Set(docs.map((d) => idOf(d[field])).filter((id): id is string => id !== null))]
