import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { mountServerRoutes, payloadRestHandler } from '@akita-dx/plugin-core/express'
import express from 'express'

import { healthHandler } from './health'

export type CreateAppOptions = {
  /** Next's request handler for the admin; omitted in API-only mode (tests, workers). */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  payload: Payload
}

/**
 * A prefecture's admin is Japanese by default, whatever the browser's language: without the
 * language cookie (set when a user picks English in their account) we ask Payload for Japanese.
 */
const japaneseByDefault = (req: Request, _res: Response, next: NextFunction) => {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'ja'
  next()
}

/**
 * The express app in front of Payload and Next: `/healthz`, the routes the config's plugins
 * declare (LINE webhook, click redirect, public API cache), Payload's REST API, then Next.
 */
export const createApp = ({ nextHandler, payload }: CreateAppOptions) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')

  app.get('/healthz', healthHandler(payload))
  app.use(japaneseByDefault)
  mountServerRoutes(app, payload)

  const apiRoute = payload.config.routes.api
  const rest = payloadRestHandler(payload)
  // GraphQL is Next's (it needs Next's route handler); the rest of /api is Payload's REST.
  app.all(`${apiRoute}/{*path}`, (req, res, next) => {
    if (nextHandler && req.path.startsWith(`${apiRoute}/graphql`)) return next()
    return rest(req, res, next)
  })

  if (nextHandler) {
    app.all('/{*path}', (req, res, next) => {
      nextHandler(req, res).catch(next)
    })
  } else {
    app.use((req, res) => {
      res.status(404).json({ errors: [{ message: `Not found: ${req.method} ${req.path}` }] })
    })
  }

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    payload.logger.error({ err: error, msg: `Unhandled error on ${req.method} ${req.path}` })
    if (res.headersSent) return res.end()
    res.status(500).json({ errors: [{ message: 'Internal server error' }] })
  })

  return app
}
