import type { DatabaseAdapterObj } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

/**
 * Which database a test process uses: in-memory SQLite by default, PostgreSQL when
 * TEST_DATABASE_URI is set (one database per jest worker, reset at each boot).
 */
export const testDatabaseUri = (): string => {
  const base = process.env.TEST_DATABASE_URI?.trim()
  if (!base) return 'file::memory:'
  const worker = process.env.JEST_WORKER_ID ?? '0'
  const url = new URL(base)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_w${worker}`
  return url.toString()
}

export const testDatabaseKind = (): 'postgres' | 'sqlite' => (process.env.TEST_DATABASE_URI?.trim() ? 'postgres' : 'sqlite')

/**
 * The adapter of a plugin's standalone test config, on this worker's test database (the schema is
 * pushed; PostgreSQL databases are dropped first, see bootConfig). A process a test spawns to share
 * a database with it (crash tests) is given that database as TEST_WORKER_DATABASE_URI; a
 * DATABASE_URI in the shell is never used, so tests cannot touch a real database.
 */
export const testDatabaseAdapter = (uri = process.env.TEST_WORKER_DATABASE_URI?.trim() || testDatabaseUri()): DatabaseAdapterObj =>
  /^postgres(ql)?:/.test(uri) ? postgresAdapter({ pool: { connectionString: uri } }) : sqliteAdapter({ client: { url: uri } })
