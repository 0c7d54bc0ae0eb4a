import { getPayload } from 'payload'

import config from '../payload.config'
import { runSeed } from './runSeed'

// `npm run seed`: idempotent, safe to run on a database that already has data.
const payload = await getPayload({ config })
try {
  await runSeed(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
