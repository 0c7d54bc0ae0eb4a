import type { Payload } from 'payload'

import { listen } from '@akita-dx/plugin-core/express'

import { createApp } from '../../src/server/createApp'

export type TestServer = {
  baseUrl: string
  close: () => Promise<void>
  payload: Payload
}

/**
 * The real express server (API-only: no Next build needed) on a free loopback port: the plugins'
 * routes, Payload's REST API. `close()` also closes Payload. Background work is started only on
 * request; most tests run it themselves, step by step.
 */
export const serve = async (payload: Payload, { startBackground = false }: { startBackground?: boolean } = {}): Promise<TestServer> => {
  const running = await listen({ app: createApp({ payload }), host: '127.0.0.1', payload, port: 0, startBackground })
  return { baseUrl: running.url, close: running.close, payload }
}
