import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { errorBody } from '@akita-dx/plugin-core'
import { mountServerRoutes, payloadRestHandler } from '@akita-dx/plugin-core/express'
import express from 'express'

import { errorStatusOf } from '../lib/logging'
import { publicOrigin } from '../lib/origins'
import { healthHandler } from './health'
import { chosenLanguage, requestLanguage } from './language'
import { loginThrottle } from './loginThrottle'
import { sameOriginWrites } from './sameOrigin'
import { securityHeaders, withScriptNonce } from './securityHeaders'
import { type ServerSettings, serverSettingsFromEnv } from './settings'

export type CreateAppOptions = {
  /** Next runs in development mode (its scripts need a looser Content-Security-Policy). */
  dev?: boolean
  /** Next's request handler for the admin; omitted in API-only mode (tests, workers). */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  payload: Payload
  /** Limits and proxy trust; each one not given comes from the environment (see serverSettingsFromEnv). */
  settings?: Partial<ServerSettings>
}

/**
 * A prefecture's admin is Japanese by default, whatever the browser's language: without the
 * language cookie (set when a user picks English in their account) we ask Payload for Japanese.
 */
const japaneseByDefault = (req: Request, _res: Response, next: NextFunction) => {
  if (chosenLanguage(req) === undefined) req.headers['accept-language'] = 'ja'
  next()
}

const ERROR_MESSAGES = {
  en: { badRequest: 'The request could not be read.', internal: 'Internal server error.' },
  ja: { badRequest: 'リクエストを読み取れませんでした。', internal: 'サーバーでエラーが発生しました。' },
}

const statusOf = (error: unknown): number => {
  const value = errorStatusOf(error)
  return value !== undefined && value >= 400 && value < 600 ? value : 500
}

/**
 * The express app in front of Payload and Next: security headers on every answer, `/healthz`,
 * the same-origin check of cookie-authenticated writes, the routes the config's plugins declare
 * (LINE webhook, click redirect, public API cache), login throttling, Payload's REST API (bodies
 * and page sizes limited), then Next.
 */
export const createApp = ({ dev = false, nextHandler, payload, settings: given = {} }: CreateAppOptions) => {
  const settings = { ...serverSettingsFromEnv(), ...given }
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', settings.trustProxy)

  const origin = publicOrigin()
  const policy = { dev, imageOrigins: origin ? [origin] : [] }
  app.use(securityHeaders(payload, policy))
  app.get('/healthz', healthHandler(payload))
  app.use(japaneseByDefault)
  app.use(sameOriginWrites(payload))
  mountServerRoutes(app, payload)
  app.use(loginThrottle(payload, { ...settings.login, bodyLimit: settings.bodyLimit }))

  const apiRoute = payload.config.routes.api
  // All of /api is Payload's REST: GraphQL is off, so /api/graphql is a JSON 404 like any unknown route.
  const rest = payloadRestHandler(payload, {
    bodyLimit: settings.bodyLimit,
    maxListLimit: settings.maxListLimit,
    uploadBodyLimit: settings.uploadBodyLimit,
  })
  app.all([apiRoute, `${apiRoute}/{*path}`], rest)

  if (nextHandler) {
    app.all('/{*path}', (req, res, next) => {
      withScriptNonce(req, res, policy)
      nextHandler(req, res).catch(next)
    })
  } else {
    app.use((req, res) => {
      res.status(404).json({ errors: [{ message: `Not found: ${req.method} ${req.path}` }] })
    })
  }

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error)
    if (status < 500) {
      // A malformed request (a path that does not decode, say): one line, the client's mistake.
      const message =
        error instanceof Error && (error as { expose?: boolean }).expose ? error.message : ERROR_MESSAGES[requestLanguage(req)].badRequest
      payload.logger.info(`${status} ${req.method} ${req.path}: ${error instanceof Error ? error.message : String(error)}`)
      if (res.headersSent) return res.end()
      return res.status(status).json(errorBody(message))
    }
    payload.logger.error({ err: error, msg: `Unhandled error on ${req.method} ${req.path}` })
    if (res.headersSent) return res.end()
    res.status(500).json(errorBody(ERROR_MESSAGES[requestLanguage(req)].internal))
  })

  return app
}
