import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createHandler, createRouter, type Pending } from './server'
import { EmulatorState } from './state'
import type { LineEmulatorOptions } from './types'
import { schemaValidator } from './validation/schemas'

export type { DeliveryEndpoint, DeliveryEntry, DeliveryQuery, DeliveryReport } from './deliveries'
export type { EmulatorConfig, EngagementSimulation, FaultConfig, FaultKind, LineEmulatorOptions, RateLimit, RateLimits } from './types'
export { DEFAULT_CHANNEL_ACCESS_TOKEN, DEFAULT_CHANNEL_SECRET, EmulatorState } from './state'
export { DEFAULT_FAULTS } from './faults'
export { DEFAULT_RATE_LIMITS } from './rateLimiter'
export { RATE_LIMIT_MESSAGE } from './server'
export { signBody } from './webhook'
export { generatedUserIds, randomUserId } from './userIds'
export { validateRequest, type RequestKind } from './validation/validate'
export { LIMITS } from './validation/limits'

export type RunningLineEmulator = { url: string; port: number; stop(): Promise<void>; state: EmulatorState }

export const DEFAULT_PORT = 3100

/** Compiling LINE's message schemas takes ~0.5 s; done at start so the first request is not slow. */
const warmUp = () => {
  for (const name of [
    'PushMessageRequest',
    'MulticastRequest',
    'NarrowcastRequest',
    'BroadcastRequest',
    'ReplyMessageRequest',
    'ValidateMessageRequest',
  ]) {
    schemaValidator('line-messaging', name)
  }
  schemaValidator('line-audience', 'CreateAudienceGroupRequest')
  schemaValidator('line-audience', 'AddAudienceToAudienceGroupRequest')
}

/**
 * Starts a local server that answers like LINE's Messaging API (point @line/bot-sdk's `baseURL` at
 * `url`) and records what it accepted under `/_emulator/*`.
 */
export const startLineEmulator = async (options: LineEmulatorOptions = {}): Promise<RunningLineEmulator> => {
  const state = new EmulatorState(options)
  warmUp()
  const pending: Pending = new Set()
  let url = ''
  const log = (line: string) => {
    if (!options.quiet) console.error(line)
  }
  const server = createServer(createHandler(state, createRouter(), () => url, pending, log))
  // Clients keep connections alive between batches; a short server timeout would reset them mid-run.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  url = `http://${host}:${address.port}`
  if (!options.quiet) console.log(`LINE emulator listening on ${url}`)
  let stopped: Promise<void> | null = null
  return {
    url,
    port: address.port,
    state,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer)
        pending.clear()
        state.clearTimers()
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopped
    },
  }
}
