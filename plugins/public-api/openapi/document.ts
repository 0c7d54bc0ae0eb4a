import type { ParamDefinition } from '../params/types'
import type { ResolvedPublicApiOptions } from '../types'

import { DETAIL_PARAMS, SLUG_PATTERN, STORY_LIST_PARAMS, SUBSIDY_LIST_PARAMS } from '../params/definitions'
import { componentSchemas } from './schemas'

/** One query parameter as OpenAPI describes it; lists are comma-separated arrays (form, not exploded). */
export const toOpenApiParameter = (definition: ParamDefinition) => {
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
      return { ...base, schema: { type: 'string', default: definition.default, enum: [...definition.values] } }
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

const errors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  '400': json('Error', 'Invalid query parameter: `details` names each one'),
}

const slugParameter = {
  description: 'URL name of the document',
  in: 'path',
  name: 'slug',
  required: true,
  schema: { type: 'string', pattern: SLUG_PATTERN },
}

/**
 * The OpenAPI 3.1 document of the public API, generated from the same parameter definitions
 * the handlers validate with.
 */
export const buildOpenApiDocument = (options: ResolvedPublicApiOptions, apiRoute: string) => {
  const base = `${apiRoute}${options.basePath}`
  const operation = (operationId: string, summary: string, params: readonly ParamDefinition[], schema: string, extra: object[] = []) => ({
    operationId,
    parameters: [...extra, ...params.map(toOpenApiParameter)],
    responses: {
      '200': json(schema, 'OK'),
      ...errors,
      ...(extra.length ? { '404': json('Error', 'No published document with this slug') } : {}),
    },
    summary,
    tags: [schema.startsWith('Subsid') ? 'subsidies' : 'stories'],
  })
  return {
    components: { schemas: componentSchemas },
    info: {
      description:
        '秋田県内で起業・創業する方のための支援制度（補助金・助成金・融資など）とロールモデル起業家の公開 API。' +
        'ログイン不要、公開済みの情報のみ。Programmes imported from jGrants must be shown with their attribution (source.attribution).',
      license: { identifier: 'CC-BY-4.0', name: 'CC BY 4.0' },
      title: '秋田県 起業支援 公開 API / Akita support programmes public API',
      version: '1.0.0',
    },
    openapi: '3.1.0',
    paths: {
      [`${base}/openapi.json`]: {
        get: {
          operationId: 'getOpenApiDocument',
          responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } }, description: 'This document' } },
          summary: 'This OpenAPI document',
        },
      },
      [`${base}/stories`]: {
        get: operation('listStories', 'ロールモデル起業家の一覧 / founder stories', STORY_LIST_PARAMS, 'StoryList'),
      },
      [`${base}/stories/{slug}`]: {
        get: operation('getStory', 'ロールモデル起業家の詳細 / one founder story', DETAIL_PARAMS, 'StoryDetail', [slugParameter]),
      },
      [`${base}/subsidies`]: {
        get: operation('listSubsidies', '支援制度の検索 / search support programmes', SUBSIDY_LIST_PARAMS, 'SubsidyList'),
      },
      [`${base}/subsidies/{slug}`]: {
        get: operation('getSubsidy', '支援制度の詳細 / one support programme', DETAIL_PARAMS, 'SubsidyDetail', [slugParameter]),
      },
    },
    servers: [{ url: options.serverURL }],
    tags: [
      { description: '支援制度', name: 'subsidies' },
      { description: 'ロールモデル起業家', name: 'stories' },
    ],
  }
}
