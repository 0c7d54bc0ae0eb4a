import type { Payload } from 'payload'

import { createApp } from '../../../src/server/createApp'
import { listen } from '../../../src/server/listen'
import { testDatabaseKind, testDatabaseUri } from '../../helpers/database'

/** Payload with the LINE and analytics plugins on this worker's fresh test database. */
export const bootAnalyticsPayload = async (): Promise<Payload> => {
  // Set before the config module loads: its database adapter reads DATABASE_URI once, at import.
  process.env.DATABASE_URI = testDatabaseUri()
  if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_DROP_DATABASE = 'true'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./config')])
  return getPayload({ config })
}

export type AnalyticsTestServer = { baseUrl: string; close: () => Promise<void>; payload: Payload }

/** The real express server (API-only); clicks are flushed by the buffer's own timer (no crons started). */
export const startAnalyticsServer = async (): Promise<AnalyticsTestServer> => {
  const payload = await bootAnalyticsPayload()
  const app = createApp({ payload })
  const running = await listen({ app, host: '127.0.0.1', payload, port: 0, startBackground: false })
  return { baseUrl: running.url, close: running.close, payload }
}
