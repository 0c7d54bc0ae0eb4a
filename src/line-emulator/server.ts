import type { IncomingMessage, ServerResponse } from 'node:http'

import { isAfterAccept } from './faults'
import type { FaultKind } from './types'
import { audienceRoutes } from './handlers/audience'
import { controlRoutes } from './handlers/control'
import { insightRoutes } from './handlers/insight'
import { messageRoutes } from './handlers/messages'
import { richMenuRoutes } from './handlers/richMenu'
import { newRequestId, UUID } from './ids'
import { Router, type Route, type RouteResult } from './router'
import type { EmulatorState } from './state'
import { LIMITS } from './validation/limits'

export const RATE_LIMIT_MESSAGE = 'The API rate limit has been exceeded. Try again later.'
// What LINE answers today without a header, and with a well-formed but wrong token.
const AUTH_MISSING = "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'"
const AUTH_INVALID = 'Authentication failed. Confirm that the access token in the authorization header is valid.'

export const createRouter = (): Router =>
  new Router().add(...messageRoutes, ...richMenuRoutes, ...insightRoutes, ...audienceRoutes, ...controlRoutes)

type Body = { raw: Buffer; tooLarge: boolean }

class ClientGone extends Error {}

const readBody = (req: IncomingMessage, limit: number): Promise<Body> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = Number(req.headers['content-length'] ?? 0) > limit
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => resolve({ raw: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks, size), tooLarge }))
    req.on('error', reject)
    // A client that gives up mid-body must not leave the request half-processed.
    req.on('close', () => {
      if (!req.complete) reject(new ClientGone())
    })
  })

/** LINE reports where JSON parsing stopped; V8 gives a character position when it knows one. */
const parseError = (raw: string, error: unknown): string => {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  const position = match ? Number(match[1]) : raw.length
  const before = raw.slice(0, position).split('\n')
  return `The request body could not be parsed as JSON (line: ${before.length}, column: ${before[before.length - 1].length + 1})`
}

const send = (res: ServerResponse, result: RouteResult): void => {
  if (res.destroyed || res.headersSent) return
  if (result.binary) {
    res.writeHead(result.status, { 'content-length': result.binary.length, ...result.headers })
    res.end(result.binary)
    return
  }
  if (result.rawJson) {
    res.writeHead(result.status, { 'content-type': 'application/json', ...result.headers })
    for (const piece of result.rawJson) res.write(piece)
    res.end()
    return
  }
  const payload = result.body === undefined ? '' : JSON.stringify(result.body)
  res.writeHead(result.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    ...result.headers,
  })
  res.end(payload)
}

export type Pending = Set<NodeJS.Timeout>

/**
 * The request pipeline of a LINE endpoint, in the order LINE answers: token (401), rate limit (429),
 * size (413), injected faults, JSON (400), retry-key header (400), then the endpoint (validation 400,
 * retry key 409, acceptance), and finally the faults that strike after acceptance.
 */
export const createHandler = (
  state: EmulatorState,
  router: Router,
  baseUrl: () => string,
  pending: Pending,
  log: (line: string) => void,
) => {
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      pending.delete(timer)
      fn()
    }, ms)
    pending.add(timer)
  }

  const count = (operation: string, status: number) => {
    state.requests.total++
    state.requests.byOperation[operation] = (state.requests.byOperation[operation] ?? 0) + 1
    state.requests.byStatus[status] = (state.requests.byStatus[status] ?? 0) + 1
  }

  const authorize = (route: Route, req: IncomingMessage): RouteResult | null => {
    if (!route.line) return null
    const auth = req.headers.authorization
    if (!auth || !/^Bearer\s+\S/i.test(auth)) return { status: 401, body: { message: AUTH_MISSING } }
    if (auth.replace(/^Bearer\s+/i, '').trim() !== state.channelAccessToken) return { status: 401, body: { message: AUTH_INVALID } }
    const limit = state.config.rateLimits[route.group ?? 'messaging']
    if (!state.rateLimiter.take(route.operation, limit)) return { status: 429, body: { message: RATE_LIMIT_MESSAGE } }
    return null
  }

  /** The answer of a fault that strikes before LINE accepts anything; null when none does. */
  const faultBeforeAccept = (fault: FaultKind | null, req: IncomingMessage, isWrite: boolean): RouteResult | 'hang' | null => {
    if (fault === 'status429') {
      const retryAfter = state.faults.config.retryAfterSeconds
      return {
        status: 429,
        body: { message: RATE_LIMIT_MESSAGE },
        headers: retryAfter === null ? {} : { 'retry-after': String(retryAfter) },
      }
    }
    // A read accepts nothing, so the after-acceptance kinds look the same as the plain ones to it.
    if (fault === 'status500' || (!isWrite && fault === 'status500AfterAccept'))
      return { status: 500, body: { message: 'Internal server error' } }
    if (fault === 'timeoutBeforeAccept' || (!isWrite && fault === 'timeoutAfterAccept')) {
      later(state.faults.config.timeoutMs, () => req.socket.destroy())
      return 'hang'
    }
    return null
  }

  const parseJson = (route: Route, req: IncomingMessage, raw: Buffer): { body: unknown } | RouteResult => {
    const text = raw.toString('utf8')
    if (route.line) {
      const type = String(req.headers['content-type'] ?? '')
      if (!/^application\/json\b/i.test(type)) return { status: 415, body: { message: `The content type, '${type}', is not supported` } }
      if (text.length === 0) return { status: 400, body: { message: 'The request body could not be parsed as JSON (line: 1, column: 1)' } }
    }
    try {
      return { body: text.length === 0 ? {} : (JSON.parse(text) as unknown) }
    } catch (error) {
      return { status: 400, body: { message: parseError(text, error) } }
    }
  }

  const retryKeyOf = (route: Route, req: IncomingMessage): { retryKey?: string } | RouteResult => {
    const retryKey = req.headers['x-line-retry-key']
    if (retryKey === undefined || !route.line) return {}
    if (!route.retryKey) return { status: 400, body: { message: "The 'X-Line-Retry-Key' header is not supported for this API" } }
    if (Array.isArray(retryKey) || !UUID.test(retryKey))
      return { status: 400, body: { message: "The value for the 'X-Line-Retry-Key' parameter is invalid" } }
    return { retryKey }
  }

  /** Null when no answer is sent now (a timeout holds or drops it). */
  const run = async (
    route: Route,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    params: Record<string, string>,
    requestId: string,
  ): Promise<RouteResult | null> => {
    const denied = authorize(route, req)
    if (denied) return denied
    const isWrite = req.method === 'POST' || req.method === 'PUT'
    const { raw, tooLarge } = isWrite ? await readBody(req, LIMITS.bodyBytes) : { raw: Buffer.alloc(0), tooLarge: false }
    if (tooLarge) return { status: 413, body: { message: 'Request entity too large' } }
    const fault = route.line ? state.faults.draw(route.operation) : null
    const early = faultBeforeAccept(fault, req, isWrite)
    if (early === 'hang') return null
    if (early) return early
    const parsed = isWrite && (route.body ?? 'json') === 'json' ? parseJson(route, req, raw) : { body: undefined }
    if ('status' in parsed) return parsed
    const key = retryKeyOf(route, req)
    if ('status' in key) return key
    const result = await route.handler({
      state,
      req,
      url,
      params,
      body: parsed.body,
      raw,
      requestId,
      operation: route.operation,
      baseUrl: baseUrl(),
      ...key,
    })
    if (!result.accepted || !isAfterAccept(fault)) return result
    if (fault === 'status500AfterAccept') return { status: 500, body: { message: 'Internal server error' } }
    if (state.faults.config.afterAcceptMode === 'delay') later(state.faults.config.timeoutMs, () => send(res, result))
    else later(state.faults.config.timeoutMs, () => req.socket.destroy())
    return null
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const requestId = newRequestId()
    res.setHeader('x-line-request-id', requestId)
    const url = new URL(req.url ?? '/', 'http://emulator.local')
    const match = router.match(req.method ?? 'GET', url.pathname)
    if (!('route' in match)) {
      req.resume()
      const result = match.methodMismatch
        ? { status: 405, body: { message: 'Method not allowed' } }
        : { status: 404, body: { message: 'Not found' } }
      count('unknown', result.status)
      send(res, result)
      return
    }
    const { route, params } = match
    run(route, req, res, url, params, requestId)
      .then((result) => {
        if (!result) {
          count(route.operation, 0)
          return
        }
        count(route.operation, result.status)
        send(res, result)
      })
      .catch((error: unknown) => {
        if (error instanceof ClientGone || (req.destroyed && !req.complete)) {
          count(route.operation, 0)
          return
        }
        const status = error instanceof RangeError ? 400 : 500
        if (status === 500)
          log(`line emulator: ${route.operation} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        count(route.operation, status)
        send(res, { status, body: { message: status === 400 ? (error as Error).message : 'Internal server error' } })
      })
  }
}
