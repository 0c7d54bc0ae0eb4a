import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Config, Payload } from 'payload'

import { registryOf, withRegistry } from './registry'

export type RouteMethod = 'DELETE' | 'GET' | 'HEAD' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'

export type RouteContext = {
  /** The raw body, for routes that declare `body`: read whole (up to the limit) before the handler runs. */
  body?: Buffer
  /** The client's address, as the server is configured to trust proxies. */
  ip: string
  /** Values of the path's `:name` segments. */
  params: Record<string, string>
  payload: Payload
  /** The request's path and query as received (below a prefix route too). */
  url: string
}

/** `'pass'`: not this route's request after all; the server goes on to the next handler (Payload, Next). */
export type RouteResult = 'pass' | void

/**
 * An HTTP route a plugin serves outside Payload's REST API: a webhook that must see the raw bytes,
 * a redirect that must be cheap. Handlers are plain Node (`IncomingMessage`, `ServerResponse`), so
 * any server can mount them; `@akita-dx/plugin-core/express` mounts them on express. Error bodies
 * are `{ errors: [{ message }] }` (see `sendError`).
 */
export type ServerRoute = {
  /** Read the raw body first; a body over `limit` bytes is answered 413 without being read. */
  body?: { limit: number }
  handler: (req: IncomingMessage, res: ServerResponse, context: RouteContext) => Promise<RouteResult> | RouteResult
  /** A method, or '*' for any. */
  method: '*' | RouteMethod
  /** Unique name, used in logs. */
  name: string
  /** Path with `:name` segments (`/l/:code`). */
  path: string
  /** Also match every path below `path` (`/api/public` matches `/api/public/subsidies`). */
  prefix?: boolean
}

/** Adds routes to the config, after the ones other plugins added. */
export const addServerRoutes = (config: Config, routes: ServerRoute[]): Config =>
  withRegistry(config, (registry) => ({ ...registry, routes: [...registry.routes, ...routes] }))

/** The routes the config's plugins declared, in order. */
export const serverRoutesOf = (config: { custom?: Record<string, any> }): ServerRoute[] => registryOf(config).routes
