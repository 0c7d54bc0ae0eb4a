import { MUNICIPALITIES } from '../../../src/lib/akita'
import {
  AREA_SCOPES,
  INDUSTRIES,
  KINDS,
  PROVIDER_LEVELS,
  PURPOSES,
  STAGES,
  STATUSES,
} from '../../../collections/subsidies/options'

/** JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the response bodies; tests validate real responses with them. */

const values = (list: readonly { value: string }[]) => list.map((o) => o.value)
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra })
const enumOf = (list: readonly { value: string }[]) => ({ type: 'string', enum: values(list) })
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

const subsidyCardProperties = {
  acceptanceEnd: japanDate,
  acceptanceStart: japanDate,
  area: enumOf(AREA_SCOPES),
  catchPhrase: nullable('string'),
  id: { type: 'string' },
  kind: enumOf(KINDS),
  maxAmount: nullable('integer', { description: 'Yen' }),
  municipalities: { type: 'array', items: enumOf(MUNICIPALITIES) },
  provider: {
    type: 'object',
    properties: { level: enumOf(PROVIDER_LEVELS), name: { type: 'string' } },
    required: ['level', 'name'],
  },
  purposes: { type: 'array', items: enumOf(PURPOSES) },
  slug: { type: 'string' },
  status: enumOf(STATUSES),
  title: { type: 'string' },
  url: nullable('string', { description: 'Official page of the programme' }),
  yearRound: { type: 'boolean' },
}

const storyCardProperties = {
  company: { type: 'string' },
  founderName: { type: 'string' },
  foundingYear: nullable('integer'),
  id: { type: 'string' },
  industry: { type: ['string', 'null'], enum: [...values(INDUSTRIES), null] },
  industryLabel: nullable('string'),
  municipality: enumOf(MUNICIPALITIES),
  municipalityName: nullable('string'),
  portrait: image,
  quote: nullable('string'),
  slug: { type: 'string' },
  tags: { type: 'array', items: { type: 'string' } },
  title: nullable('string'),
}

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

export const componentSchemas = {
  Error: {
    type: 'object',
    additionalProperties: false,
    properties: {
      details: {
        type: 'array',
        items: {
          type: 'object',
          properties: { message: { type: 'string' }, parameter: { type: 'string' } },
          required: ['message', 'parameter'],
        },
      },
      error: { type: 'string' },
    },
    required: ['details', 'error'],
  },
  StoryCard: {
    type: 'object',
    additionalProperties: false,
    properties: storyCardProperties,
    required: Object.keys(storyCardProperties),
  },
  StoryDetail: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...storyCardProperties,
      programmes: { type: 'array', items: { $ref: '#/components/schemas/SubsidyCard' } },
      story: richText,
      updatedAt: nullable('string', { format: 'date-time' }),
    },
    required: [...Object.keys(storyCardProperties), 'programmes', 'story', 'updatedAt'],
  },
  StoryList: page('StoryCard'),
  SubsidyCard: {
    type: 'object',
    additionalProperties: false,
    properties: subsidyCardProperties,
    required: Object.keys(subsidyCardProperties),
  },
  SubsidyDetail: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...subsidyCardProperties,
      application: {
        type: 'object',
        properties: { method: nullable('string'), url: nullable('string') },
        required: ['method', 'url'],
      },
      detail: richText,
      eligibleEntities: nullable('string'),
      employeeLimit: nullable('integer'),
      industries: {
        type: 'array',
        description: 'Empty: every industry',
        items: enumOf(INDUSTRIES),
      },
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
        properties: {
          level: enumOf(PROVIDER_LEVELS),
          levelLabel: nullable('string'),
          name: { type: 'string' },
        },
        required: ['level', 'levelLabel', 'name'],
      },
      rateText: nullable('string'),
      source: {
        type: 'object',
        properties: {
          attribution: nullable('string', { description: 'Show it with imported data, e.g. 出典：Jグランツ' }),
          kind: { type: 'string', enum: ['manual', 'jgrants'] },
          url: nullable('string'),
        },
        required: ['attribution', 'kind', 'url'],
      },
      stages: { type: 'array', items: enumOf(STAGES) },
      statusLabel: nullable('string'),
      stories: { type: 'array', items: { $ref: '#/components/schemas/StoryCard' } },
      summary: nullable('string'),
      updatedAt: nullable('string', { format: 'date-time' }),
    },
    required: [
      ...Object.keys(subsidyCardProperties),
      'application',
      'detail',
      'eligibleEntities',
      'employeeLimit',
      'industries',
      'inquiry',
      'keywords',
      'kindLabel',
      'municipalityNames',
      'rateText',
      'source',
      'stages',
      'statusLabel',
      'stories',
      'summary',
      'updatedAt',
    ],
  },
  SubsidyList: page('SubsidyCard'),
}
