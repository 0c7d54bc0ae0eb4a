import type { Express, NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { BodyTooLargeError, formatBytes, readRawBody, sendError } from '../server/http'
import { type ServerRoute, serverRoutesOf } from '../server/routes'
import { coreT } from '../translations'

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
        sendError(res, 413, coreT(undefined, 'bodyTooLarge', { limit: formatBytes(error.limit) }), { connection: 'close' })
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
 * Mounts the routes the config's plugins declared (see `addServerRoutes`), in order, before
 * Payload's REST API and Next. Mount no global body parser in front of them: a webhook checks its
 * signature on the raw bytes.
 */
export const mountServerRoutes = (app: Express, payload: Payload): void => {
  for (const route of serverRoutesOf(payload.config)) {
    const handler = handlerOf(payload, route)
    const wrapped = (req: Request, res: Response, next: NextFunction) => {
      handler(req, res, next).catch(next)
    }
    if (route.prefix) app.use(route.path, wrapped)
    else app.all(route.path, wrapped)
  }
}
