import type { Payload } from 'payload'

import { createApp } from '../../src/server/createApp'
import { listen } from '../../src/server/listen'
import { bootPayload } from './payload'

export type TestServer = {
  baseUrl: string
  close: () => Promise<void>
  payload: Payload
}

/**
 * The real express server (API-only: no Next build needed) on a free loopback port, on the
 * test database. `close()` also closes Payload.
 */
export const startTestServer = async (
  options: { startBackground?: boolean } = {},
): Promise<TestServer> => {
  const payload = await bootPayload()
  const app = createApp({ payload })
  const running = await listen({
    app,
    host: '127.0.0.1',
    payload,
    port: 0,
    startBackground: options.startBackground ?? false,
  })
  return { baseUrl: running.url, close: running.close, payload }
}
