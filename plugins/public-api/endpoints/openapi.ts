import type { Endpoint } from 'payload'

import type { ApiContext } from '../context'

import { guarded, searchParamsOf, sendParamErrors } from '../http/errors'
import { type PreparedBody, prepareBody, sendPrepared } from '../http/prepared'
import { buildOpenApiDocument } from '../openapi/document'
import { parseParams } from '../params/parse'

/** `GET /openapi.json`: built once per process; it only changes with the code and the config. */
export const openApiEndpoint = (ctx: ApiContext): Endpoint => {
  let prepared: PreparedBody | undefined
  return {
    handler: guarded(async (req) => {
      const parsed = parseParams(searchParamsOf(req), ctx.params.detail)
      if (!parsed.ok) return sendParamErrors(req, parsed.errors)
      prepared ??= prepareBody(buildOpenApiDocument(ctx.options, ctx.params, req.payload.config.routes.api))
      return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
    }),
    method: 'get',
    path: `${ctx.options.basePath}/openapi.json`,
  }
}
