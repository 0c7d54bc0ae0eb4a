// Boots the type-checked config (tsc wrote it to out/) and checks what the plugins added.
import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import { importSubscribers, LINE_SLUGS } from '@akita-dx/plugin-line'
import { getPayload } from 'payload'

const { default: config } = await import('./out/payload.config.js')
const payload = await getPayload({ config })
const missing = Object.values(LINE_SLUGS).filter((slug) => !payload.collections[slug])
if (missing.length) throw new Error(`collections missing: ${missing.join(', ')}`)
const staffFields = payload.collections.staff.config.fields.map((f) => f.name)
if (!staffFields.includes('lineUserIds')) throw new Error('the staff collection did not get lineUserIds')
await importSubscribers(payload, [{ interests: ['bousai'], lineUserId: `U${'a'.repeat(32)}`, municipality: 'yonezawa' }])
const followers = await payload.count({ collection: LINE_SLUGS.subscribers, overrideAccess: true })
console.log(
  `  collections ${Object.keys(payload.collections).length}, routes ${serverRoutesOf(payload.config).map((r) => r.name).join(' ')}, ` +
    `tasks ${backgroundTasksOf(payload.config).map((t) => t.name).join(' ')}, followers ${followers.totalDocs}`,
)
await payload.destroy()
process.exit(0)
