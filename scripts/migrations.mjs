// Migrations for both SQL dialects from one command, so they never drift apart:
//   node scripts/migrations.mjs create <name>   writes a migration for SQLite and for PostgreSQL
//   node scripts/migrations.mjs check           fails when the schema changed without a migration
// PostgreSQL needs a scratch database (MIGRATIONS_POSTGRES_URI); SQLite uses a temporary file.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from './bundle.mjs'

const [command, name = 'migration'] = process.argv.slice(2)
if (!['check', 'create'].includes(command)) {
  console.error('usage: node scripts/migrations.mjs create <name> | check')
  process.exit(2)
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-migrations-'))
const targets = {
  postgres: process.env.MIGRATIONS_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/akita_dx_migrations',
  sqlite: `file:${path.join(scratch, 'schema.db')}`,
}
let failed = false
for (const [dialect, uri] of Object.entries(targets)) {
  const args = [path.join(rootDir, 'scripts/run-ts.mjs'), 'src/cli/migrate-create.ts', name]
  if (command === 'check') args.push('--check')
  const result = spawnSync(process.execPath, args, {
    cwd: rootDir,
    env: { ...process.env, DATABASE_URI: uri, NODE_ENV: 'development', PAYLOAD_SECRET: 'migrations' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    failed = true
    console.error(`${dialect}: ${command === 'check' ? 'migrations are not current' : 'creating the migration failed'}`)
  } else if (command === 'check') {
    console.log(`${dialect}: migrations are current`)
  }
}
fs.rmSync(scratch, { force: true, recursive: true })
process.exit(failed ? 1 : 0)
