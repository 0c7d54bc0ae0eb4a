import type { ServerRoute } from '@akita-dx/plugin-core'

import { sendError, sendJson } from '@akita-dx/plugin-core'
import { validateSignature } from '@line/bot-sdk'

import { lineClientConfig } from '../client/config'
import type { ResolvedLineOptions } from '../types'
import { enqueueEvents } from './queue'
import { storeEvents, type WebhookEvent } from './store'

/** LINE's body: `{ destination, events: [ … ] }`, every event an object; null otherwise. */
const eventsOf = (body: Buffer): null | WebhookEvent[] | undefined => {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return null
  }
  const events = (parsed as { events?: unknown })?.events
  return Array.isArray(events) && events.every((e) => e && typeof e === 'object') ? (events as WebhookEvent[]) : undefined
}

/**
 * `POST /line/webhook`: the signature is checked on the raw bytes (401, nothing written), the
 * events are stored once each, the answer is 200 at once and the work runs after it. Its caller
 * is LINE's platform, whose console shows the channel's operators these (English) messages.
 */
export const webhookRoute = (options: ResolvedLineOptions): ServerRoute => ({
  body: { limit: options.webhookBodyLimit },
  handler: async (req, res, { body = Buffer.alloc(0), payload }) => {
    const { channelSecret } = lineClientConfig()
    if (!channelSecret) {
      payload.logger.error({ msg: 'LINE webhook refused: LINE_CHANNEL_SECRET is not set' })
      return sendError(res, 503, 'LINE webhook is not configured')
    }
    const signature = req.headers['x-line-signature']
    if (typeof signature !== 'string' || !signature) return sendError(res, 401, 'x-line-signature header is missing')
    if (!validateSignature(body, channelSecret, signature)) return sendError(res, 401, 'x-line-signature does not match the body')
    const events = eventsOf(body)
    if (events === null) return sendError(res, 400, 'body is not valid JSON')
    if (events === undefined) return sendError(res, 400, 'body must be { destination, events: [ ... ] }')
    try {
      const ids = await storeEvents(payload, events)
      sendJson(res, 200, {})
      if (ids.length) void enqueueEvents(payload, ids)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'LINE webhook: storing events failed' })
      // 500 asks LINE to redeliver (when redelivery is on); the dedupe makes that safe.
      if (!res.headersSent) sendError(res, 500, 'events could not be stored')
    }
  },
  method: 'POST',
  name: 'line-webhook',
  path: options.webhookPath,
})
