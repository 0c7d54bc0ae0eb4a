import type { Payload } from 'payload'

import { bootConfig, serve, type TestServer } from '@akita-dx/test-support'

/** Boots Payload with the LINE test config on this worker's fresh test database. */
export const bootLinePayload = async (): Promise<Payload> => bootConfig((await import('./config')).default)

export type LineTestServer = TestServer

/** The real express server with the LINE plugin, API-only, on a free loopback port. */
export const startLineTestServer = async (options: { startBackground?: boolean } = {}): Promise<LineTestServer> =>
  serve(await bootLinePayload(), options)
