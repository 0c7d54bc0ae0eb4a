import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

export class DatabaseUriError extends Error {
  constructor(uri: string) {
    super(
      `DATABASE_URI "${redactUri(uri)}" is not supported: use file:./path.db (SQLite), ` +
        'postgres://user@host:5432/db (PostgreSQL) or mongodb://host:27017/db (MongoDB), or leave it unset for ./data/cms.db',
    )
    this.name = 'DatabaseUriError'
  }
}

/** Hide passwords when a URI is echoed back in an error or a log line. */
export const redactUri = (uri: string): string => uri.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

export const databaseKind = (uri: string | undefined): DatabaseKind => {
  const value = (uri ?? '').trim() || DEFAULT_DATABASE_URI
  if (value.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(value)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(value)) return 'mongodb'
  throw new DatabaseUriError(value)
}

const ensureSqliteDirectory = (uri: string) => {
  const file = uri.slice('file:'.length).split('?')[0]
  if (!file || file.startsWith(':memory:') || file === '') return
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * Picks the Payload adapter from the URI. Production runs committed migrations
 * (`prodMigrations`); development and tests push the schema.
 */
export const databaseAdapter = (uri: string | undefined): DatabaseAdapterObj => {
  const value = (uri ?? '').trim() || DEFAULT_DATABASE_URI
  const kind = databaseKind(value)
  if (kind === 'sqlite') {
    ensureSqliteDirectory(value)
    return sqliteAdapter({
      client: { url: value },
      migrationDir: path.resolve(process.cwd(), 'src/migrations/sqlite'),
      prodMigrations: sqliteMigrations,
    })
  }
  if (kind === 'postgres') {
    return postgresAdapter({
      migrationDir: path.resolve(process.cwd(), 'src/migrations/postgres'),
      pool: { connectionString: value },
      prodMigrations: postgresMigrations,
    })
  }
  return mongooseAdapter({ url: value })
}
