import { jgrantsOptionsOf, runJgrantsImport } from '@akita-dx/plugin-jgrants-import'
import { getPayload } from 'payload'

import config from '../../payload.config'

/**
 * `npm run import:jgrants [-- --base-url=https://…] [--publish]`: one jGrants import now, into
 * the database DATABASE_URI points at, with the options the config gives the plugin. Prints the
 * summary and the skipped items; exit code 1 when jGrants could not be read at all.
 */
const args = process.argv.slice(2)
const baseUrlArg = args.find((a) => a.startsWith('--base-url='))?.slice('--base-url='.length)

const payload = await getPayload({ config })
let exitCode = 0
try {
  const options = jgrantsOptionsOf(payload.config)
  const result = await runJgrantsImport(
    payload,
    {
      ...options,
      ...(baseUrlArg ? { baseUrl: baseUrlArg.replace(/\/+$/, '') } : {}),
      ...(args.includes('--publish') ? { initialStatus: 'published' as const } : {}),
    },
    (line) => console.log(line),
  )
  for (const { id, reason } of result.skipped) console.log(`  skipped ${id}: ${reason}`)
  for (const [id, fields] of Object.entries(result.editedKept)) console.log(`  kept editor changes in ${id}: ${fields.join(', ')}`)
} catch (error) {
  console.error(`jGrants import failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
