import type { ParamDefinition } from '../params/types'
import type { ApiParams, ResolvedPublicApiOptions } from '../types'

import { ATOM_ENTRIES, ATOM_PATH, CALENDAR_EVENTS, DEADLINES_PATH } from '../feeds/endpoints'
import { SLUG_PATTERN } from '../params/definitions'
import { componentSchemas } from './schemas'

/** One query parameter as OpenAPI describes it; lists are comma-separated arrays (form, not exploded). */
const toOpenApiParameter = (definition: ParamDefinition) => {
  const base = {
    description: definition.description,
    in: 'query',
    name: definition.name,
    required: false,
    ...(definition.example !== undefined ? { example: definition.example } : {}),
  }
  switch (definition.kind) {
    case 'list': {
      const accepted = [...definition.accepted.keys(), ...(definition.wildcard ? [definition.wildcard] : [])]
      return {
        ...base,
        explode: false,
        schema: {
          type: 'array',
          items: { type: 'string', enum: accepted },
          ...(definition.default ? { default: [...definition.default] } : {}),
        },
        style: 'form',
      }
    }
    case 'integer':
      return {
        ...base,
        schema: {
          type: 'integer',
          maximum: definition.maximum,
          minimum: definition.minimum,
          ...(definition.default !== undefined ? { default: definition.default } : {}),
        },
      }
    case 'enum':
      return {
        ...base,
        schema: {
          type: 'string',
          ...(definition.default !== undefined ? { default: definition.default } : {}),
          enum: [...definition.values],
        },
      }
    case 'string':
      return { ...base, schema: { type: 'string', maxLength: definition.maxLength } }
  }
}

const json = (schema: string, description: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  description,
  headers: {
    'Cache-Control': { schema: { type: 'string' } },
    ETag: { schema: { type: 'string' } },
  },
})

/** A feed's answer: text of its own media type, described by a string schema (there is no JSON to validate). */
const feed = (mediaType: string, schema: string, description: string) => ({
  ...json(schema, description),
  content: { [mediaType]: { schema: { $ref: `#/components/schemas/${schema}` } } },
})

const errors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  '400': json('Error', 'Invalid query parameters: each item of `errors` names one in `field`'),
}

const slugParameter = {
  description: 'URL name of the document',
  in: 'path',
  name: 'slug',
  required: true,
  schema: { type: 'string', pattern: SLUG_PATTERN },
}

/** The path items of the feeds; the Atom feed takes no parameter, the calendar the list's filters. */
const feedPaths = (base: string, params: ApiParams) => ({
  [`${base}${DEADLINES_PATH}`]: {
    get: {
      description:
        'One all-day event on the acceptance end (a calendar day in Japan) of each programme the filters select, ' +
        `nearest first, at most ${CALENDAR_EVENTS}; year-round programmes have none. Subscribe to it from a calendar app.`,
      operationId: 'getSubsidyDeadlines',
      parameters: params.deadlines.map(toOpenApiParameter),
      responses: { '200': feed('text/calendar', 'DeadlineCalendar', 'iCalendar (RFC 5545)'), ...errors },
      summary: '支援制度の締切カレンダー / deadlines as iCalendar',
      tags: ['subsidies'],
    },
  },
  [`${base}${ATOM_PATH}`]: {
    get: {
      description: `The ${ATOM_ENTRIES} most recently added or changed programmes, newest first, whatever their status.`,
      operationId: 'getSubsidyFeed',
      parameters: [],
      responses: { '200': feed('application/atom+xml', 'SubsidyFeed', 'Atom 1.0 (RFC 4287)'), ...errors },
      summary: '支援制度の新着・更新 / new and changed programmes as Atom',
      tags: ['subsidies'],
    },
  },
})

/** The path items of the story routes, when the app has stories. */
const storyPaths = (base: string, params: ApiParams, operation: Operation) => ({
  [`${base}/stories`]: {
    get: operation('listStories', 'ロールモデル起業家の一覧 / founder stories', params.storyList, 'StoryList'),
  },
  [`${base}/stories/{slug}`]: {
    get: operation('getStory', 'ロールモデル起業家の詳細 / one founder story', params.detail, 'StoryDetail', [slugParameter]),
  },
})

type Operation = (operationId: string, summary: string, params: readonly ParamDefinition[], schema: string, extra?: object[]) => object

/**
 * The OpenAPI 3.1 document of the public API, generated from the same parameter definitions
 * the handlers validate with.
 */
export const buildOpenApiDocument = (options: ResolvedPublicApiOptions, params: ApiParams, apiRoute: string) => {
  const base = `${apiRoute}${options.basePath}`
  const operation: Operation = (operationId, summary, list, schema, extra = []) => ({
    operationId,
    parameters: [...extra, ...list.map(toOpenApiParameter)],
    responses: {
      '200': json(schema, 'OK'),
      ...errors,
      ...(extra.length ? { '404': json('Error', 'No published document with this slug') } : {}),
    },
    summary,
    tags: [schema.startsWith('Story') ? 'stories' : 'subsidies'],
  })
  const { license, ...info } = options.openApi
  return {
    components: { schemas: componentSchemas(options.vocabulary) },
    info: { ...info, ...(license ? { license } : {}) },
    openapi: '3.1.0',
    paths: {
      [`${base}/openapi.json`]: {
        get: {
          operationId: 'getOpenApiDocument',
          responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } }, description: 'This document' } },
          summary: 'This OpenAPI document',
        },
      },
      [`${base}/diagnosis`]: {
        get: operation('diagnose', '支援制度の診断 / programmes that fit a business', params.diagnosis, 'Diagnosis'),
      },
      ...(options.stories ? storyPaths(base, params, operation) : {}),
      [`${base}/subsidies`]: {
        get: operation('listSubsidies', '支援制度の検索 / search support programmes', params.subsidyList, 'SubsidyList'),
      },
      ...feedPaths(base, params),
      [`${base}/subsidies/{slug}`]: {
        get: operation('getSubsidy', '支援制度の詳細 / one support programme', params.detail, 'SubsidyDetail', [slugParameter]),
      },
    },
    servers: [{ url: options.serverURL }],
    tags: [
      { description: '支援制度', name: 'subsidies' },
      ...(options.stories ? [{ description: 'ロールモデル起業家', name: 'stories' }] : []),
    ],
  }
}
