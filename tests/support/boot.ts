import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { testDatabaseKind } from './database'

/** Boots Payload with a test config; on PostgreSQL the worker's database starts empty. */
export const bootConfig = async (config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Payload> => {
  if (testDatabaseKind() === 'postgres') process.env.PAYLOAD_DROP_DATABASE = 'true'
  return getPayload({ config })
}

/** Closes the database connection so jest can exit. */
export const shutdownPayload = async (payload: Payload | undefined): Promise<void> => {
  await payload?.destroy()
}
