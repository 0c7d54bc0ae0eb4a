import { rebuildSearchIndex } from '@akita-dx/plugin-public-api'
import { getPayload } from 'payload'

import config from '../../payload.config'

/**
 * `npm run search:rebuild`: rewrites the public API's search index from the public programmes of
 * the database DATABASE_URI points at, in one transaction (after a restore, or to be sure after
 * editing the database by hand). Start-up rebuilds it by itself when the counts differ; this is
 * for when they match and the rows may not. Exit code 1 when there is no index to rebuild
 * (MongoDB, or the app keeps none) or the rebuild failed.
 */
const payload = await getPayload({ config })
let exitCode = 0
try {
  const started = Date.now()
  const result = await rebuildSearchIndex(payload)
  if (result) console.log(`search index rebuilt: ${result.indexed} programmes in ${Date.now() - started} ms`)
  else {
    console.error('no search index to rebuild: the database is MongoDB, or the public API keeps no index')
    exitCode = 1
  }
} catch (error) {
  console.error(`search index rebuild failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
