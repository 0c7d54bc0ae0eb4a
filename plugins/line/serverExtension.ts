import type { Payload } from 'payload'

import type { ServerExtension } from '../../src/server/extensions'
import { lineClientConfig } from './clientConfig'
import { startScheduler } from './delivery/scheduler'
import type { ResolvedLineOptions } from './types'
import { drainQueue, resumePendingEvents } from './webhook/queue'
import { mountWebhook } from './webhook/route'

const announce = (payload: Payload, options: ResolvedLineOptions) => {
  const config = lineClientConfig()
  if (!config.sandbox) {
    payload.logger.info(`LINE: Messaging API ${config.baseURL}, webhook ${options.webhookPath}`)
    return
  }
  const secret = config.devSecret ? config.channelSecret : '(LINE_CHANNEL_SECRET)'
  payload.logger.info(
    `LINE サンドボックスモード / sandbox mode: emulator ${config.baseURL}, webhook ${options.webhookPath}, channel secret ${secret}`,
  )
}

/** The webhook route and the delivery scheduler, for the express server in front of Payload. */
export const lineServerExtension = (options: ResolvedLineOptions): ServerExtension => ({
  mount: (app, { payload }) => mountWebhook(app, payload, options),
  name: 'line',
  start: async ({ payload }) => {
    announce(payload, options)
    const stopScheduler = startScheduler(payload, options)
    void resumePendingEvents(payload).catch((error) =>
      payload.logger.error({ err: error, msg: 'LINE: resuming pending webhook events failed' }),
    )
    return async () => {
      await stopScheduler()
      await drainQueue(payload)
    }
  },
})
