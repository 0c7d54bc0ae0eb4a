import type { Payload } from 'payload'

import { bootConfig } from './boot'
import { testDatabaseUri } from './database'
import { serve, type TestServer } from './server'

/**
 * Boots the app's own Payload config (payload.config.ts) on a fresh test database, for the app's
 * integration tests; plugins' tests build a config of their own instead.
 */
export const bootApp = async (): Promise<Payload> => {
  process.env.DATABASE_URI = testDatabaseUri()
  const { default: config } = await import('../../payload.config')
  return bootConfig(config)
}

/** The app on the real express server (API only). */
export const startAppServer = async (options: Parameters<typeof serve>[1] = {}): Promise<TestServer> => serve(await bootApp(), options)
