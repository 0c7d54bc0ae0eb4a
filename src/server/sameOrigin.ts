import type { Request, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from '@akita-dx/plugin-core'

import { requestLanguage } from './language'

const STATE_CHANGING = new Set(['DELETE', 'PATCH', 'POST', 'PUT'])

const MESSAGES = {
  en: 'This change was sent from another site and has not been made. Make it from the admin.',
  ja: '別のサイトから送られた変更のため、受け付けませんでした。管理画面から操作してください。',
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Where a browser says a request comes from: its Origin, else its Referer's origin, else
 * `cross-site` when Sec-Fetch-Site says so. Undefined when none of them is sent (not a browser;
 * Payload then treats a cookie without an origin as no session).
 */
const sourceOf = (req: Request): string | undefined => {
  const origin = req.get('origin')
  if (origin) return origin
  const referer = req.get('referer')
  if (referer) {
    try {
      return new URL(referer).origin
    } catch {
      return 'invalid referer'
    }
  }
  const site = req.get('sec-fetch-site')
  return site && site !== 'same-origin' && site !== 'none' ? site : undefined
}

/**
 * Cookie-authenticated writes only from the product's own origins (Payload's `csrf` list): a page
 * elsewhere can make a logged-in browser send a form (a multipart POST needs no preflight), and
 * it is refused here, 403, before Payload or a plugin's route reads it. Requests without the auth
 * cookie (an `Authorization: JWT …` or API key, the signed LINE webhook) and reads are not concerned.
 */
export const sameOriginWrites = (payload: Payload): RequestHandler => {
  const authCookie = new RegExp(`(?:^|;\\s*)${escapeRegExp(payload.config.cookiePrefix)}-token=`)
  const trusted = new Set(payload.config.csrf)
  return (req, res, next) => {
    if (!STATE_CHANGING.has(req.method) || !authCookie.test(req.headers.cookie ?? '')) return next()
    const source = sourceOf(req)
    if (source === undefined || trusted.has(source)) return next()
    payload.logger.warn(`403 ${req.method} ${req.path}: cookie-authenticated write from ${source} refused (${req.ip})`)
    sendError(res, 403, MESSAGES[requestLanguage(req)])
  }
}
