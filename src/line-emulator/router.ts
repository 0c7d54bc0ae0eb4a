import type { IncomingMessage } from 'node:http'

import type { EmulatorState } from './state'
import type { RateLimits } from './types'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export type RouteContext = {
  state: EmulatorState
  req: IncomingMessage
  url: URL
  params: Record<string, string>
  /** Parsed JSON body (POST/PUT); undefined for GET and DELETE and for routes whose body is not JSON. */
  body: unknown
  /** The body as received (an uploaded image). */
  raw: Buffer
  requestId: string
  retryKey?: string
  operation: string
  /** The emulator's own base URL, e.g. for links in control answers. */
  baseUrl: string
}

export type RouteResult = {
  status: number
  body?: unknown
  /** Already serialised JSON, in pieces written one after the other, sent instead of `body` (large answers). */
  rawJson?: string[]
  /** A binary answer (a downloaded image); its content type goes in `headers`. */
  binary?: Buffer
  headers?: Record<string, string>
  /** The request changed LINE's state (messages delivered, key stored): an after-accept fault keeps it. */
  accepted?: boolean
}

export type Route = {
  method: Method
  path: string
  /** LINE's operationId (or a control name): the key of rate limits, fault filters and request counts. */
  operation: string
  /** LINE endpoints need the bearer token and are rate-limited and faulted; control endpoints are not. */
  line: boolean
  group?: keyof RateLimits
  /** Accepts `X-Line-Retry-Key` (push, multicast, narrowcast, broadcast). */
  retryKey?: boolean
  /** How a POST's body is read: JSON (the default), bytes of any type (uploads), or ignored (LINE sends none). */
  body?: 'json' | 'binary' | 'none'
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>
}

type Compiled = Route & { pattern: RegExp; names: string[] }

export class Router {
  private routes: Compiled[] = []

  add(...routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = []
      const source = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
      this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), names })
    }
    return this
  }

  /** The route for a method and path; `methodMismatch` when only another method serves the path. */
  match(method: string, pathname: string): { route: Compiled; params: Record<string, string> } | { methodMismatch: boolean } {
    let methodMismatch = false
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname)
      if (!m) continue
      if (route.method !== method) {
        methodMismatch = true
        continue
      }
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1])
      })
      return { route, params }
    }
    return { methodMismatch }
  }

  list(): { method: Method; path: string; operation: string; line: boolean }[] {
    return this.routes.map(({ method, path, operation, line }) => ({ method, path, operation, line }))
  }
}
