import type { Express, NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { BodyTooLargeError, readRawBody, sendError } from '../server/http'
import { type ServerRoute, serverRoutesOf } from '../server/routes'
import { coreT } from '../translations'
import { sendBodyTooLarge } from './requestBody'

const handlerOf =
  (payload: Payload, route: ServerRoute) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (route.method !== '*' && req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) return next()
    let body: Buffer | undefined
    if (route.body) {
      try {
        body = await readRawBody(req, route.body.limit)
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error
        // The rest of the body is never read: the connection closes after the answer.
        sendBodyTooLarge(res, error.limit)
        return
      }
    }
    const result = await route.handler(req, res, {
      body,
      ip: req.ip ?? req.socket.remoteAddress ?? '',
      params: (req.params ?? {}) as Record<string, string>,
      payload,
      url: req.originalUrl,
    })
    if (result === 'pass') next()
  }

/**
 * A path that does not decode (a broken percent escape, bytes that are not UTF-8) can match no
 * route; express would hand its URIError to the app's error handler when it matches one with
 * parameters (`/l/:code`, `/api/{*path}`). Paths below a prefix route are that route's to answer
 * (the public API tells which parameter was wrong).
 */
const refuseUndecodablePaths =
  (prefixes: string[]) =>
  (req: Request, res: Response, next: NextFunction): void => {
    if (prefixes.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) return next()
    try {
      decodeURIComponent(req.path)
    } catch {
      sendError(res, 400, coreT(undefined, 'malformedUrl'))
      return
    }
    next()
  }

/**
 * Mounts the routes the config's plugins declared (see `addServerRoutes`), in order, before
 * Payload's REST API and Next, behind a check that the path decodes. Mount no global body parser
 * in front of them: a webhook checks its signature on the raw bytes.
 */
export const mountServerRoutes = (app: Express, payload: Payload): void => {
  const routes = serverRoutesOf(payload.config)
  app.use(refuseUndecodablePaths(routes.filter((route) => route.prefix).map((route) => route.path.replace(/\/+$/, ''))))
  for (const route of routes) {
    const handler = handlerOf(payload, route)
    const wrapped = (req: Request, res: Response, next: NextFunction) => {
      handler(req, res, next).catch(next)
    }
    if (route.prefix) app.use(route.path, wrapped)
    else app.all(route.path, wrapped)
  }
}
