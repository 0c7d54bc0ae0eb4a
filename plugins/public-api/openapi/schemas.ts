import type { ResolvedVocabulary, Term } from '../types'

import { AREA_SCOPES } from '../rules/areas'
import { HIGHLIGHT_FIELDS } from '../search/highlight'
import { SUBSIDY_STATUSES } from '../rules/status'

/** JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the response bodies; tests validate real responses with them. */

const values = (list: readonly Pick<Term, 'value'>[]) => list.map((o) => o.value)
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra })
/** A string of the list; any string when the app gave no list. */
const enumOf = (list: readonly Pick<Term, 'value'>[]) => (list.length ? { type: 'string', enum: values(list) } : { type: 'string' })
const japanDate = { ...nullable('string'), description: 'Calendar day in Japan (YYYY-MM-DD)', format: 'date' }

const richText = {
  type: 'object',
  additionalProperties: false,
  properties: {
    html: { type: 'string', description: 'HTML (text escaped)' },
    text: { type: 'string', description: 'Plain text' },
  },
  required: ['html', 'text'],
}

const image = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    alt: { type: 'string' },
    thumbnailUrl: nullable('string', { format: 'uri' }),
    url: { type: 'string', format: 'uri' },
  },
  required: ['alt', 'thumbnailUrl', 'url'],
}

const subsidyCardProperties = (v: ResolvedVocabulary) => ({
  acceptanceEnd: japanDate,
  acceptanceStart: japanDate,
  area: enumOf(AREA_SCOPES),
  catchPhrase: nullable('string'),
  id: { type: 'string' },
  kind: enumOf(v.kinds),
  maxAmount: nullable('integer', { description: 'Yen' }),
  municipalities: { type: 'array', items: enumOf(v.municipalities) },
  provider: {
    type: 'object',
    properties: { level: enumOf(v.providerLevels), name: { type: 'string' } },
    required: ['level', 'name'],
  },
  purposes: { type: 'array', items: enumOf(v.purposes) },
  slug: { type: 'string' },
  status: enumOf(SUBSIDY_STATUSES),
  title: { type: 'string' },
  url: nullable('string', { description: 'Official page of the programme' }),
  yearRound: { type: 'boolean' },
})

const storyCardProperties = (v: ResolvedVocabulary) => ({
  company: { type: 'string' },
  founderName: { type: 'string' },
  foundingYear: nullable('integer'),
  id: { type: 'string' },
  industry: v.industries.length ? { type: ['string', 'null'], enum: [...values(v.industries), null] } : nullable('string'),
  industryLabel: nullable('string'),
  municipality: enumOf(v.municipalities),
  municipalityName: nullable('string'),
  portrait: image,
  quote: nullable('string'),
  slug: { type: 'string' },
  tags: { type: 'array', items: { type: 'string' } },
  title: nullable('string'),
})

const page = (item: string) => ({
  type: 'object',
  additionalProperties: false,
  properties: {
    docs: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    limit: { type: 'integer', minimum: 1 },
    page: { type: 'integer', minimum: 1 },
    totalDocs: { type: 'integer', minimum: 0 },
    totalPages: { type: 'integer', minimum: 1 },
  },
  required: ['docs', 'limit', 'page', 'totalDocs', 'totalPages'],
})

/** `{ errors: [{ message, field? }] }`, as Payload's own errors; `field` names the query parameter or `slug`. */
const error = {
  type: 'object',
  additionalProperties: false,
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          field: { type: 'string', description: 'The query parameter (or `slug`) the message is about' },
          message: { type: 'string' },
        },
        required: ['message'],
      },
    },
  },
  required: ['errors'],
}

/** An object of exactly these properties, every one of them present (null where the value is missing). */
const highlight = {
  type: 'object',
  additionalProperties: false,
  description: 'Where the keywords matched: a stretch of one text of the programme, with the offsets (UTF-16) of the matched words in it',
  properties: {
    field: { type: 'string', enum: [...HIGHLIGHT_FIELDS] },
    matches: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { end: { type: 'integer', minimum: 0 }, start: { type: 'integer', minimum: 0 } },
        required: ['end', 'start'],
      },
    },
    text: { type: 'string', description: 'The text, or the part around the first match, with … where it was cut' },
  },
  required: ['field', 'matches', 'text'],
}

const closedObject = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required: Object.keys(properties),
})

/** What the full programme adds to its card (and the provider, with its label). */
const subsidyDetailProperties = (v: ResolvedVocabulary) => ({
  application: {
    type: 'object',
    properties: { method: nullable('string'), url: nullable('string') },
    required: ['method', 'url'],
  },
  detail: richText,
  eligibleEntities: nullable('string'),
  employeeLimit: nullable('integer'),
  industries: { type: 'array', description: 'Empty: every industry', items: enumOf(v.industries) },
  inquiry: {
    type: 'object',
    properties: { email: nullable('string'), section: nullable('string'), tel: nullable('string') },
    required: ['email', 'section', 'tel'],
  },
  keywords: { type: 'array', items: { type: 'string' } },
  kindLabel: nullable('string'),
  municipalityNames: { type: 'array', items: { type: 'string' } },
  provider: {
    type: 'object',
    properties: { level: enumOf(v.providerLevels), levelLabel: nullable('string'), name: { type: 'string' } },
    required: ['level', 'levelLabel', 'name'],
  },
  rateText: nullable('string'),
  source: {
    type: 'object',
    properties: {
      attribution: nullable('string', { description: 'Show it with imported data, e.g. 出典：Jグランツ' }),
      kind: enumOf(v.sources),
      url: nullable('string'),
    },
    required: ['attribution', 'kind', 'url'],
  },
  stages: { type: 'array', items: enumOf(v.stages) },
  statusLabel: nullable('string'),
  stories: { type: 'array', items: { $ref: '#/components/schemas/StoryCard' } },
  summary: nullable('string'),
  updatedAt: nullable('string', { format: 'date-time' }),
})

/** A feed's body: a string of its media type (JSON Schema describes no XML or iCalendar structure). */
const feedBody = (mediaType: string, description: string) => ({ type: 'string', contentMediaType: mediaType, description })

export const componentSchemas = (vocabulary: ResolvedVocabulary) => {
  const story = storyCardProperties(vocabulary)
  const subsidy = subsidyCardProperties(vocabulary)
  return {
    DeadlineCalendar: feedBody(
      'text/calendar',
      'VCALENDAR with one VEVENT per deadline: DTSTART;VALUE=DATE (the day in Japan), SUMMARY 締切：<title>, URL of the portal page',
    ),
    Diagnosis: closedObject({
      matches: {
        type: 'array',
        description: 'Programmes that fit every answer, nearest deadline first, each with why',
        items: closedObject({ ...subsidy, reasons: { type: 'array', items: { type: 'string' } } }),
      },
      nearMisses: {
        type: 'array',
        description: 'Programmes that fit all answers but one, with the condition they ask for instead (`unmet`)',
        items: closedObject({
          ...subsidy,
          reasons: { type: 'array', items: { type: 'string' } },
          unmet: { type: 'array', items: { type: 'string' } },
        }),
      },
      totalMatches: { type: 'integer', minimum: 0 },
    }),
    Error: error,
    StoryCard: closedObject(story),
    StoryDetail: closedObject({
      ...story,
      programmes: { type: 'array', items: { $ref: '#/components/schemas/SubsidyCard' } },
      story: richText,
      updatedAt: nullable('string', { format: 'date-time' }),
    }),
    StoryList: page('StoryCard'),
    SubsidyCard: closedObject(subsidy),
    SubsidyDetail: closedObject({ ...subsidy, ...subsidyDetailProperties(vocabulary) }),
    SubsidyFeed: feedBody('application/atom+xml', 'Atom feed; each entry links to the portal page of the programme'),
    /** A card of a list: with `highlight` when the query has keywords. */
    SubsidyHit: { ...closedObject({ ...subsidy, highlight }), required: Object.keys(subsidy) },
    SubsidyList: page('SubsidyHit'),
  }
}
