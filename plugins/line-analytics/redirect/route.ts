import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'

import type { ServerRoute } from '@akita-dx/plugin-core'
import { jstDay } from '@akita-dx/plugin-core/shared'

import { CODE_PATTERN } from '../constants'
import { type ClickBuffer, clickBufferOf } from '../rollup/clickBuffer'
import type { ResolvedAnalyticsOptions } from '../types'
import { isAutomatedRequest } from './bots'
import { type CachedLink, LinkCache } from './linkCache'
import { sendNotFound, sendRedirect, sendUnavailable } from './pages'
import { visitorKeyer } from './visitor'

type Runtime = { buffer: ClickBuffer; cache: LinkCache; payload: Payload; visitorKey: ReturnType<typeof visitorKeyer> }

/** Buffers a resident's tap: no personal data, only a salted daily visitor key. */
const recordClick = (runtime: Runtime, link: CachedLink, req: IncomingMessage, ip: string) => {
  const now = new Date()
  runtime.buffer.push({
    category: link.category,
    clickedAt: now.toISOString(),
    day: jstDay(now),
    delivery: link.delivery,
    department: link.department,
    link: link.id,
    segment: link.segment,
    visitorKey: runtime.visitorKey(ip, String(req.headers['user-agent'] ?? ''), now),
  })
}

/**
 * `GET <redirectPath>/:code`: 302 to the link's stored target and a click in the buffer, or a
 * 404 page (never a redirect elsewhere). Crawlers, previews, prefetches and HEAD requests get the
 * same 302 without being counted. A cached code is answered without waiting on anything.
 */
export const redirectRoute = (options: ResolvedAnalyticsOptions): ServerRoute => {
  let runtime: Runtime | undefined
  const runtimeOf = (payload: Payload): Runtime => {
    if (runtime?.payload !== payload) {
      runtime = { buffer: clickBufferOf(payload), cache: new LinkCache(payload), payload, visitorKey: visitorKeyer(payload.secret) }
    }
    return runtime
  }
  return {
    handler: async (req, res, { ip, params, payload }) => {
      const code = params.code ?? ''
      if (!CODE_PATTERN.test(code)) return sendNotFound(res)
      const current = runtimeOf(payload)
      let link = current.cache.peek(code)
      if (link === undefined) {
        try {
          link = await current.cache.get(code)
        } catch (error) {
          payload.logger.error({ err: error, msg: 'line-analytics: link lookup failed' })
          return sendUnavailable(res)
        }
      }
      if (!link?.location) return sendNotFound(res)
      sendRedirect(res, link.location)
      if (!isAutomatedRequest({ headers: req.headers, method: req.method ?? 'GET' })) recordClick(current, link, req, ip)
    },
    method: 'GET',
    name: 'line-analytics-redirect',
    path: `${options.redirectPath}/:code`,
  }
}
