import type { IncomingMessage } from 'node:http'

import { sendError } from '../server/http'
import type { ServerRoute } from '../server/routes'
import { coreT } from '../translations'

const WRITES = new Set(['PATCH', 'POST', 'PUT'])

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']

const hasBody = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined

/** A search sent as a POST body (the admin's relationship fields send one as a form). */
const isOverriddenSearch = (req: IncomingMessage) => req.method === 'POST' && OVERRIDE_HEADERS.some((name) => req.headers[name] === 'GET')

/** Whether Payload reads this body: JSON only as exactly `application/json`, forms as any `multipart/…`. */
const payloadReadsBody = (req: IncomingMessage) => {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]
  return type === 'application/json' || type.includes('multipart/')
}

/**
 * Payload parses a search sent as JSON before its error handling starts, so a broken one would
 * fail the server; the find endpoints read only the query string anyway. A search body is a form.
 */
const refusedBody = (req: IncomingMessage) => {
  if (isOverriddenSearch(req)) return req.headers['content-type'] === 'application/json'
  return WRITES.has(req.method ?? '') && hasBody(req) && !payloadReadsBody(req)
}

/** Query parameters Payload parses as JSON when they come as plain strings (`?where={…}`). */
const JSON_PARAMETERS = ['data', 'where']

const unreadableJsonParameter = (url: string): string | undefined => {
  const params = new URL(url, 'http://localhost').searchParams
  return JSON_PARAMETERS.find((name) => {
    const value = params.get(name)
    if (value === null || value === '') return false
    try {
      JSON.parse(value)
      return false
    } catch {
      return true
    }
  })
}

/**
 * Checks of a REST request that must happen before Payload reads it, because Payload fails on
 * them before any hook can run: a body Payload does not read (text/plain, a form, JSON sent as
 * `application/JSON`) leaves a create or update without data, a search body sent as JSON is
 * parsed outside Payload's error handling, and `?where=` or `?data=` that is not JSON throws
 * while Payload parses the query. Anything else passes on to Payload.
 */
export const apiRequestChecks = (apiRoute: string): ServerRoute => ({
  handler: (req, res) => {
    if (refusedBody(req)) {
      sendError(res, 415, coreT(undefined, 'unsupportedMediaType'))
      return
    }
    const parameter = unreadableJsonParameter(req.url ?? '')
    if (parameter) {
      sendError(res, 400, coreT(undefined, 'invalidQueryJson', { field: parameter }), {}, parameter)
      return
    }
    return 'pass'
  },
  method: '*',
  name: 'api-input-checks',
  path: apiRoute,
  prefix: true,
})
