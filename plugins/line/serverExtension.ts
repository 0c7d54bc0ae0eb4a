import type { Payload } from 'payload'

import type { ServerExtension } from '../../src/server/extensions'
import { lineClientConfig } from './clientConfig'
import { startScheduler } from './delivery/scheduler'
import type { ResolvedLineOptions } from './types'
import { drainQueue, startEventSweeper } from './webhook/queue'
import { mountWebhook } from './webhook/route'

/** The server's start-up prints the sandbox details (with the emulator it starts); a real channel gets one line here. */
const announce = (payload: Payload, options: ResolvedLineOptions) => {
  const config = lineClientConfig()
  if (!config.sandbox) payload.logger.info(`LINE: Messaging API ${config.baseURL}, webhook ${options.webhookPath}`)
}

/** The webhook route and the delivery scheduler, for the express server in front of Payload. */
export const lineServerExtension = (options: ResolvedLineOptions): ServerExtension => ({
  mount: (app, { payload }) => mountWebhook(app, payload, options),
  name: 'line',
  start: async ({ payload }) => {
    announce(payload, options)
    const stopScheduler = startScheduler(payload, options)
    // Events a dead process left unfinished, at start and then periodically.
    const stopSweeper = startEventSweeper(payload)
    return async () => {
      await stopScheduler()
      await stopSweeper()
      await drainQueue(payload)
    }
  },
})
