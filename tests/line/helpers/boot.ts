import type { Payload } from 'payload'

import { createApp } from '../../../src/server/createApp'
import { listen } from '../../../src/server/listen'
import { testDatabaseKind, testDatabaseUri } from '../../helpers/database'

/** Boots Payload with the LINE test config on this worker's fresh test database. */
export const bootLinePayload = async (): Promise<Payload> => {
  process.env.DATABASE_URI = testDatabaseUri()
  if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_DROP_DATABASE = 'true'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./config')])
  return getPayload({ config })
}

export type LineTestServer = { baseUrl: string; close: () => Promise<void>; payload: Payload }

/** The real express server with the LINE plugin, API-only, on a free loopback port. */
export const startLineTestServer = async (options: { startBackground?: boolean } = {}): Promise<LineTestServer> => {
  const payload = await bootLinePayload()
  const app = createApp({ payload })
  const running = await listen({ app, host: '127.0.0.1', payload, port: 0, startBackground: options.startBackground ?? false })
  return { baseUrl: running.url, close: running.close, payload }
}
