import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { sendError } from '@akita-dx/plugin-core'
import { readBody } from '@akita-dx/plugin-core/express'

import type { ThrottleSettings } from './settings'

import { AttemptWindow } from './attempts'
import { requestLanguage } from './language'

type Action = 'forgot-password' | 'login'

const MESSAGES: Record<'en' | 'ja', Record<Action, (minutes: number) => string>> = {
  en: {
    'forgot-password': (minutes) => `Too many password reset requests. Try again in about ${minutes} minutes.`,
    login: (minutes) => `Too many login attempts. Try again in about ${minutes} minutes.`,
  },
  ja: {
    'forgot-password': (minutes) => `パスワード再設定の依頼が多すぎます。${minutes}分ほど待ってから、もう一度お試しください。`,
    login: (minutes) => `ログインの試行が多すぎます。${minutes}分ほど待ってから、もう一度お試しください。`,
  },
}

/** The e-mail (or username) a login or reset request names, as Payload reads it: JSON, or the admin's multipart `_payload`. */
const accountOf = async (req: Request, body: Buffer): Promise<string | undefined> => {
  const contentType = req.get('content-type') ?? ''
  const type = contentType.split(';', 1)[0]
  let data: unknown
  try {
    if (type === 'application/json') data = JSON.parse(body.toString('utf8') || '{}')
    else if (type.includes('multipart/')) {
      const field = (await new globalThis.Response(Uint8Array.from(body), { headers: { 'content-type': contentType } }).formData()).get(
        '_payload',
      )
      data = typeof field === 'string' ? JSON.parse(field) : undefined
    }
  } catch {
    return undefined
  }
  if (!data || typeof data !== 'object') return undefined
  const { email, username } = data as Record<string, unknown>
  const name = typeof email === 'string' && email.trim() ? email : typeof username === 'string' ? username : ''
  return name.trim().toLowerCase() || undefined
}

/** `/api/<slug>/login` and `/api/<slug>/forgot-password` of every collection that logs in with a password. */
const authRoutes = (payload: Payload) => {
  const routes = new Map<string, { action: Action; slug: string }>()
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    if (!config.auth || config.auth.disableLocalStrategy) continue
    for (const action of ['login', 'forgot-password'] as const) {
      // Payload matches endpoint paths without regard to case, so this lookup does too.
      routes.set(`${payload.config.routes.api}/${slug}/${action}`.toLowerCase(), { action, slug })
    }
  }
  return routes
}

/**
 * Throttles logins and password-reset requests of every auth collection, per client address (as
 * express's `trust proxy` sees it) and per account, on top of Payload's lockout: a refused
 * attempt gets 429 with Retry-After before Payload checks a password or sends an e-mail. Every
 * attempt counts the moment it arrives, so parallel guesses count too; a successful login takes
 * its attempt back and clears its account. Every reset request counts. Counts live in this
 * process's memory (see AttemptWindow).
 */
export const loginThrottle = (payload: Payload, settings: ThrottleSettings & { bodyLimit: number }): RequestHandler => {
  const routes = authRoutes(payload)
  const windowOf = (max: number) => new AttemptWindow(max, settings.windowMs)
  const windows = {
    'forgot-password': { account: windowOf(settings.perAccount), ip: windowOf(settings.perIp) },
    login: { account: windowOf(settings.perAccount), ip: windowOf(settings.perIp) },
  }

  const refuse = (req: Request, res: Response, action: Action, seconds: number, by: string) => {
    payload.logger.warn(`429 ${req.method} ${req.path}: too many attempts from ${by === 'ip' ? 'this address' : 'one account'} (${req.ip})`)
    const message = MESSAGES[requestLanguage(req)][action](Math.ceil(seconds / 60))
    sendError(res, 429, message, { 'retry-after': String(seconds) })
  }

  const throttle = async (req: Request, res: Response, next: NextFunction, { action, slug }: { action: Action; slug: string }) => {
    const { account, ip } = windows[action]
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const waitIp = ip.retryAfter(address)
    if (waitIp) return refuse(req, res, action, waitIp, 'ip')
    const body = await readBody(req, res, settings.bodyLimit)
    if (!body) return payload.logger.warn(`413 ${req.method} ${req.path}: body over the limit refused (${req.ip})`)
    const name = await accountOf(req, body)
    const key = name && `${slug}:${name}`
    // Checked again once the body is in: attempts sent in parallel all passed the first check before any of them counted.
    const waitAgain = ip.retryAfter(address)
    if (waitAgain) return refuse(req, res, action, waitAgain, 'ip')
    const waitAccount = key ? account.retryAfter(key) : 0
    if (waitAccount) return refuse(req, res, action, waitAccount, 'account')
    ip.hit(address)
    if (key) account.hit(key)
    if (action === 'login') {
      res.once('finish', () => {
        if (res.statusCode >= 400) return
        ip.refund(address)
        if (key) account.reset(key)
      })
    }
    next()
  }

  return (req, res, next) => {
    const route = req.method === 'POST' ? routes.get(req.path.replace(/\/+$/, '').toLowerCase()) : undefined
    if (!route) return next()
    throttle(req, res, next, route).catch(next)
  }
}
