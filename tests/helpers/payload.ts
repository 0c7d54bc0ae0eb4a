import type { Payload } from 'payload'

import { testDatabaseKind, testDatabaseUri } from './database'

/**
 * Boots the real Payload config on a fresh database for one test file. PostgreSQL databases
 * are dropped and pushed again so files never see each other's rows.
 */
export const bootPayload = async (): Promise<Payload> => {
  process.env.DATABASE_URI = testDatabaseUri()
  if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_DROP_DATABASE = 'true'
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
  ])
  return getPayload({ config })
}

/** Closes the database connection so jest can exit. */
export const shutdownPayload = async (payload: Payload | undefined): Promise<void> => {
  if (!payload) return
  await payload.destroy()
}
