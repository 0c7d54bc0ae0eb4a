import type { Express, Request, Response } from 'express'
import type { Payload } from 'payload'

import { validateSignature } from '@line/bot-sdk'
import express from 'express'

import { lineClientConfig } from '../clientConfig'
import type { ResolvedLineOptions } from '../types'
import { enqueueEvents } from './queue'
import { storeEvents, type WebhookEvent } from './store'

/**
 * `POST /line/webhook`: the signature is checked on the raw bytes (401, nothing written), the
 * events are stored once each, the answer is 200 at once and the work runs after it.
 */
export const mountWebhook = (app: Express, payload: Payload, options: ResolvedLineOptions) => {
  app.post(options.webhookPath, express.raw({ limit: '1mb', type: () => true }), async (req: Request, res: Response) => {
    const { channelSecret } = lineClientConfig()
    if (!channelSecret) {
      payload.logger.error({ msg: 'LINE webhook refused: LINE_CHANNEL_SECRET is not set' })
      return res.status(503).json({ error: 'LINE webhook is not configured' })
    }
    const signature = req.get('x-line-signature')
    if (!signature) return res.status(401).json({ error: 'x-line-signature header is missing' })
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    if (!validateSignature(body, channelSecret, signature)) {
      return res.status(401).json({ error: 'x-line-signature does not match the body' })
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      return res.status(400).json({ error: 'body is not valid JSON' })
    }
    const events = (parsed as { events?: unknown })?.events
    if (!Array.isArray(events) || events.some((e) => !e || typeof e !== 'object')) {
      return res.status(400).json({ error: 'body must be { destination, events: [ ... ] }' })
    }
    try {
      const ids = await storeEvents(payload, events as WebhookEvent[])
      res.status(200).json({})
      if (ids.length) void enqueueEvents(payload, ids)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'LINE webhook: storing events failed' })
      // 500 asks LINE to redeliver (when redelivery is on); the dedupe makes that safe.
      if (!res.headersSent) res.status(500).json({ error: 'events could not be stored' })
    }
  })
}
