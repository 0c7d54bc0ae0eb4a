/**
 * A JSON Schema (2020-12) of the OpenAPI 3.1 document structure, for the parts of the
 * specification the public API uses: openapi/info/servers/paths/components, operations,
 * parameters (query and path, with the style rules of §4.8.12), responses with JSON content and
 * headers, and references. Written from the OpenAPI 3.1.0 specification text.
 */
const ref = { type: 'object', properties: { $ref: { type: 'string', format: 'uri-reference' } }, required: ['$ref'] }

const parameter = {
  type: 'object',
  properties: {
    allowEmptyValue: { type: 'boolean' },
    deprecated: { type: 'boolean' },
    description: { type: 'string' },
    example: true,
    explode: { type: 'boolean' },
    in: { enum: ['query', 'header', 'path', 'cookie'] },
    name: { type: 'string', minLength: 1 },
    required: { type: 'boolean' },
    schema: { type: ['object', 'boolean'] },
    style: { enum: ['matrix', 'label', 'form', 'simple', 'spaceDelimited', 'pipeDelimited', 'deepObject'] },
  },
  required: ['name', 'in', 'schema'],
  additionalProperties: false,
  allOf: [
    { if: { properties: { in: { const: 'path' } } }, then: { properties: { required: { const: true } }, required: ['required'] } },
    {
      if: { properties: { in: { const: 'query' } }, required: ['style'] },
      then: { properties: { style: { enum: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'] } } },
    },
  ],
}

const mediaType = { type: 'object', properties: { example: true, schema: { type: ['object', 'boolean'] } }, additionalProperties: false }
const header = { type: 'object', properties: { description: { type: 'string' }, schema: { type: 'object' } }, required: ['schema'] }

const response = {
  type: 'object',
  properties: {
    content: { type: 'object', additionalProperties: mediaType },
    description: { type: 'string' },
    headers: { type: 'object', additionalProperties: { oneOf: [header, ref] } },
  },
  required: ['description'],
  additionalProperties: false,
}

const operation = {
  type: 'object',
  properties: {
    deprecated: { type: 'boolean' },
    description: { type: 'string' },
    operationId: { type: 'string' },
    parameters: { type: 'array', items: { oneOf: [parameter, ref] } },
    responses: {
      type: 'object',
      minProperties: 1,
      patternProperties: { '^[1-5](?:[0-9]{2}|XX)$': { oneOf: [response, ref] } },
      properties: { default: { oneOf: [response, ref] } },
      additionalProperties: false,
    },
    summary: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
}

export const openApi31Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    components: {
      type: 'object',
      properties: { schemas: { type: 'object', additionalProperties: { type: ['object', 'boolean'] } } },
    },
    info: {
      type: 'object',
      properties: {
        description: { type: 'string' },
        license: {
          type: 'object',
          properties: { identifier: { type: 'string' }, name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
          required: ['name'],
          not: { required: ['identifier', 'url'] },
        },
        title: { type: 'string' },
        version: { type: 'string' },
      },
      required: ['title', 'version'],
    },
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+(-.+)?$' },
    paths: {
      type: 'object',
      patternProperties: {
        '^/': {
          type: 'object',
          properties: Object.fromEntries(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].map((m) => [m, operation])),
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    servers: {
      type: 'array',
      items: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    },
    tags: {
      type: 'array',
      items: { type: 'object', properties: { description: { type: 'string' }, name: { type: 'string' } }, required: ['name'] },
    },
  },
  required: ['openapi', 'info'],
  anyOf: [{ required: ['paths'] }, { required: ['components'] }],
}
