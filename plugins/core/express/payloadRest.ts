import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from 'express'
import type { Payload } from 'payload'

import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

import { errorBody } from '../errors/response'
import { formatBytes } from '../server/http'
import { clampListQuery, readKindOf } from './listLimits'
import { readBody } from './requestBody'

export type PayloadRestOptions = {
  /** Largest request body in bytes, uploads excepted. @default 1 MB */
  bodyLimit?: number
  /** Ceiling of the page size of a collection's list and versions reads and of join limits. @default 100 */
  maxListLimit?: number
  /** Largest multipart body sent to an upload collection, in bytes. @default 20 MB */
  uploadBodyLimit?: number
}

export const REST_DEFAULTS: Required<PayloadRestOptions> = {
  bodyLimit: 1024 * 1024,
  maxListLimit: 100,
  uploadBodyLimit: 20 * 1024 * 1024,
}

/**
 * An express request as the Web Request Payload's handlers take. Without `body` the body is
 * streamed; `url` replaces the path and query (a clamped list query).
 */
const originOf = (req: ExpressRequest) => `${req.protocol || 'http'}://${req.get('host') ?? 'localhost'}`

const headersOf = (req: ExpressRequest) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  return headers
}

export const toWebRequest = (req: ExpressRequest, { body, url }: { body?: Buffer; url?: string } = {}): Request => {
  const headers = headersOf(req)
  const hasBody = !['GET', 'HEAD'].includes(req.method)
  if (body) {
    headers.delete('transfer-encoding')
    headers.set('content-length', String(body.length))
  }
  return new Request(`${originOf(req)}${url ?? req.originalUrl}`, {
    body: hasBody ? (body ?? (Readable.toWeb(req) as ReadableStream)) : undefined,
    // Node's fetch needs half duplex to stream a request body.
    duplex: 'half',
    headers,
    // HEAD is a GET without the body (RFC 9110): Payload's endpoints answer GET only, and Node drops the body of a HEAD answer.
    method: req.method === 'HEAD' ? 'GET' : req.method,
  } as RequestInit)
}

const hasSecureFlag = (cookie: string) => /;\s*secure(?:[=;]|\s*$)/i.test(cookie)

/**
 * Writes a Web Response to express, keeping every Set-Cookie header. With `secure` (the request
 * came over https, as express's `trust proxy` sees it) every cookie is marked Secure.
 */
export const sendWebResponse = async (
  response: Response,
  res: ExpressResponse,
  { secure = false }: { secure?: boolean } = {},
): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie().map((cookie) => (secure && !hasSecureFlag(cookie) ? `${cookie}; Secure` : cookie))
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as never)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}

const isUploadRequest = (payload: Payload, req: ExpressRequest) => {
  const api = payload.config.routes.api
  if (!req.path.startsWith(`${api}/`)) return false
  const slug = req.path.slice(api.length + 1).split('/')[0]
  return Boolean(payload.collections[slug]?.config.upload) && /^multipart\//i.test(req.get('content-type') ?? '')
}

const overriddenToGet = (req: ExpressRequest) =>
  req.method === 'POST' && [req.get('x-payload-http-method-override'), req.get('x-http-method-override')].includes('GET')

/** A GET's path and query with its page sizes clamped (see `clampListQuery`), or undefined when it is not one of Payload's reads. */
const clampedUrl = (payload: Payload, req: ExpressRequest, search: string, max: number): string | undefined => {
  const kind = readKindOf(payload, req.path)
  if (!kind) return undefined
  return `${req.originalUrl.split('?')[0]}${clampListQuery(search, kind, max)}`
}

/**
 * The Web Request to hand to Payload, or undefined once a 413 has been answered. Bodies are read
 * whole before Payload sees them, up to the upload limit for multipart bodies of upload
 * collections and the body limit otherwise. A POST that asks to be read as a GET (Payload's
 * method override, used by the admin's relationship fields) becomes that GET here, so its query is
 * clamped like any other.
 */
const webRequestOf = async (payload: Payload, req: ExpressRequest, res: ExpressResponse, limits: Required<PayloadRestOptions>) => {
  const path = req.originalUrl.split('?')[0]
  const search = req.originalUrl.slice(path.length)
  if (req.method === 'GET' || req.method === 'HEAD')
    return toWebRequest(req, { url: clampedUrl(payload, req, search, limits.maxListLimit) })
  const limit = isUploadRequest(payload, req) ? limits.uploadBodyLimit : limits.bodyLimit
  const body = await readBody(req, res, limit)
  if (!body) {
    payload.logger.warn(`413 ${req.method} ${req.path}: body over ${formatBytes(limit)} refused (${req.ip ?? ''})`)
    return undefined
  }
  if (!overriddenToGet(req)) return toWebRequest(req, { body })
  // Payload reads an overridden POST as a GET of its URL, or of its URL plus a form-encoded body.
  if (req.get('content-type') !== 'application/x-www-form-urlencoded') {
    return toWebRequest(req, { body, url: clampedUrl(payload, req, search, limits.maxListLimit) })
  }
  const query = [search.slice(1), body.toString('utf8')].filter(Boolean).join('&')
  const url = clampedUrl(payload, req, query ? `?${query}` : '', limits.maxListLimit) ?? `${path}?${query}`
  const headers = headersOf(req)
  for (const name of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length', 'transfer-encoding']) {
    headers.delete(name)
  }
  return new Request(`${originOf(req)}${url}`, { headers, method: 'GET' })
}

/**
 * Payload's own 4xx answers that are a bare `{ message }` ("Route not found", the job endpoints'
 * refusal) in the `{ errors: [{ message }] }` shape of every other error.
 */
const withErrorShape = async (response: Response): Promise<Response> => {
  if (response.status < 400 || response.status >= 500 || !/json/.test(response.headers.get('content-type') ?? '')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as null | Record<string, unknown>
  if (!body || Object.keys(body).length !== 1 || typeof body.message !== 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(errorBody(body.message), { headers, status: response.status })
}

/**
 * Payload's REST API (`/api/...`) straight from express through Payload's own `handleEndpoints`,
 * so the API (and every plugin's endpoints) works, and is tested, without a Next build. Bodies are
 * limited (413 before the rest is read) and list reads are paged (see `PayloadRestOptions`).
 */
export const payloadRestHandler = (payload: Payload, options: PayloadRestOptions = {}) => {
  const limits = { ...REST_DEFAULTS, ...options }
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const request = await webRequestOf(payload, req, res, limits)
      if (!request) return
      const response = await handleEndpoints({ config: payload.config, request })
      await sendWebResponse(await withErrorShape(response), res, { secure: req.secure })
    } catch (error) {
      next(error)
    }
  }
}
