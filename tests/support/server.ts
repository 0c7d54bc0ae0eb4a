import type { Payload } from 'payload'

import { listen } from '@akita-dx/plugin-core/express'

import { createApp, type CreateAppOptions } from '../../src/server/createApp'

export type TestServer = {
  baseUrl: string
  close: () => Promise<void>
  payload: Payload
}

/** Tests log many users in from one address, in parallel too; a test of the throttle passes limits of its own. */
const TEST_LOGIN_LIMITS = { perAccount: 1_000, perIp: 1_000, windowMs: 60_000 }

/**
 * The real express server (API-only: no Next build needed) on a free loopback port: the plugins'
 * routes, Payload's REST API. `close()` also closes Payload. Background work is started only on
 * request; most tests run it themselves, step by step. `app` passes options to the server (its
 * limits and proxy trust, a stand-in for Next).
 */
export const serve = async (
  payload: Payload,
  { app, startBackground = false }: { app?: Omit<CreateAppOptions, 'payload'>; startBackground?: boolean } = {},
): Promise<TestServer> => {
  const running = await listen({
    app: createApp({ ...app, payload, settings: { login: TEST_LOGIN_LIMITS, ...app?.settings } }),
    host: '127.0.0.1',
    payload,
    port: 0,
    startBackground,
  })
  return { baseUrl: running.url, close: running.close, payload }
}
