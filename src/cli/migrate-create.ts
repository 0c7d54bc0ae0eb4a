import { getPayload } from 'payload'

import config from '../../payload.config'

/**
 * Creates a migration for the database DATABASE_URI points at, from the difference between the
 * config's schema and the last committed migration. Runs on plain Node (see scripts/run-ts.mjs).
 * Exit code 3 with `--check`: the schema changed and no migration was committed for it.
 */
const args = process.argv.slice(2)
const check = args.includes('--check')
const name = args.find((arg) => !arg.startsWith('--')) ?? 'migration'

process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config, disableOnInit: true })
const db = payload.db as unknown as {
  createMigration: (args: { migrationName: string; payload: unknown; skipEmpty: boolean }) => Promise<void>
  migrationDir: string
}
const fs = await import('node:fs')
const before = new Set(fs.readdirSync(db.migrationDir))
const indexFile = `${db.migrationDir}/index.ts`
const indexBefore = fs.readFileSync(indexFile, 'utf8')
await db.createMigration({ migrationName: name, payload, skipEmpty: true })
const added = fs.readdirSync(db.migrationDir).filter((file) => !before.has(file))
if (check && added.length) {
  for (const file of added) fs.rmSync(`${db.migrationDir}/${file}`)
  fs.writeFileSync(indexFile, indexBefore)
  console.error(`The schema changed without a migration in ${db.migrationDir}: run npm run migrate:create -- <name>`)
  await payload.destroy()
  process.exit(3)
}
await payload.destroy()
process.exit(0)
