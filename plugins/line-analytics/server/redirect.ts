import type { Express, Request, Response } from 'express'
import type { Payload } from 'payload'

import { CODE_PATTERN } from '../constants'
import type { ResolvedAnalyticsOptions } from '../types'
import { isAutomatedRequest } from '../utilities/bots'
import { jstDay } from '../utilities/dates'
import { visitorKeyer } from '../utilities/visitor'
import { clickBufferOf } from './clickBuffer'
import { LinkCache } from './linkCache'

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>リンクが見つかりません</title></head>
<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.7">
<h1 style="font-size:1.3rem">リンクが見つかりません</h1>
<p>このリンクは無効か、期限が切れています。お手数ですが、LINE のメッセージをもう一度ご確認ください。</p>
<p style="color:#666;font-size:.9rem">The link you followed does not exist.</p>
</body></html>`

const notFound = (res: Response) => {
  res.status(404).set({ 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' })
  res.send(NOT_FOUND_PAGE)
}

/** Only web targets are followed, whatever a stored row says: never javascript:, data: or the like. */
const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url)

/**
 * `GET <redirectPath>/:code`: 302 to the link's stored target and a click in the buffer, or a
 * 404 page (never a redirect elsewhere). Crawlers, previews and prefetches get the same 302
 * without being counted.
 */
export const mountRedirect = (app: Express, payload: Payload, options: ResolvedAnalyticsOptions, secret: string) => {
  const cache = new LinkCache(payload)
  const visitorKey = visitorKeyer(secret)
  const handler = async (req: Request, res: Response) => {
    const code = String(req.params.code ?? '')
    if (!CODE_PATTERN.test(code)) return notFound(res)
    let link
    try {
      link = await cache.get(code)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'line-analytics: link lookup failed' })
      res.status(503).set('Retry-After', '5').type('text/plain; charset=utf-8').send('しばらくしてからもう一度お試しください。')
      return
    }
    if (!link || !isWebUrl(link.url)) return notFound(res)
    res.set({ 'Cache-Control': 'no-store, private', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' })
    res.redirect(302, link.url)
    if (isAutomatedRequest(req)) return
    const now = new Date()
    clickBufferOf(payload).push({
      category: link.category,
      clickedAt: now.toISOString(),
      day: jstDay(now),
      delivery: link.delivery,
      department: link.department,
      link: link.id,
      segment: link.segment,
      visitorKey: visitorKey(req.ip ?? '', String(req.headers['user-agent'] ?? ''), now),
    })
  }
  app.get(`${options.redirectPath}/:code`, (req, res, next) => {
    handler(req, res).catch(next)
  })
  return cache
}
