import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiContext } from '../utilities/context'

import { buildOpenApiDocument } from '../openapi/document'
import { DETAIL_PARAMS } from '../params/definitions'
import { parseParams } from '../params/parse'
import { guarded, searchParamsOf } from '../utilities/context'
import { type PreparedBody, prepareBody, sendError, sendPrepared } from '../utilities/http'

/** `GET /openapi.json`: built once per process; it only changes with the code. */
export const openApiEndpoint = (ctx: ApiContext): Endpoint => {
  let prepared: PreparedBody | undefined
  return {
    handler: guarded(async (req: PayloadRequest) => {
      const parsed = parseParams(searchParamsOf(req), DETAIL_PARAMS)
      if (!parsed.ok) return sendError(400, 'Invalid query parameters', parsed.errors)
      prepared ??= prepareBody(buildOpenApiDocument(ctx.options, req.payload.config.routes.api))
      return sendPrepared(req, prepared, ctx.options.maxAgeSeconds)
    }),
    method: 'get',
    path: `${ctx.options.basePath}/openapi.json`,
  }
}
