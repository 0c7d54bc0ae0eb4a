// Boots the type-checked config (tsc wrote it to out/) and checks what each plugin added.
import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import { textToLexical } from '@akita-dx/plugin-idea-box'
import { importSubscribers, LINE_SLUGS } from '@akita-dx/plugin-line'
import { getPayload } from 'payload'

const { default: config } = await import('./out/payload.config.js')
const payload = await getPayload({ config })
const expected = [
  ...Object.values(LINE_SLUGS),
  'line-tracked-links',
  'line-link-clicks',
  'ideas',
  'idea-votes',
  'staff-profiles',
  'help-requests',
  'leases',
  'audit-events',
  'staff-notices',
]
const missing = expected.filter((slug) => !payload.collections[slug])
if (missing.length) throw new Error(`collections missing: ${missing.join(', ')}`)
if (!payload.collections.staff.config.fields.some((f) => f.name === 'lineUserIds'))
  throw new Error('the staff collection did not get lineUserIds')
await importSubscribers(payload, [{ interests: ['bousai'], lineUserId: `U${'a'.repeat(32)}`, municipality: 'yonezawa' }])
const followers = await payload.count({ collection: LINE_SLUGS.subscribers, overrideAccess: true })
const section = await payload.create({ collection: 'sections', data: { code: 'koho', name: '広報課' }, overrideAccess: true })
const author = await payload.create({
  collection: 'staff',
  data: { department: section.id, email: 'a@example.jp', password: 'pw-Pack-Check-1', roles: ['shokuin'] },
  overrideAccess: true,
})
const idea = await payload.create({
  collection: 'ideas',
  data: {
    body: textToLexical('ペーパーレス会議を全課で試す'),
    category: 'digital',
    kind: 'idea',
    targetDepartment: section.id,
    title: '会議資料のペーパーレス化',
  },
  overrideAccess: false,
  user: { ...author, collection: 'staff' },
})
const colleague = await payload.create({
  collection: 'staff',
  data: { department: section.id, email: 'b@example.jp', password: 'pw-Pack-Check-2', roles: ['shokuin'] },
  overrideAccess: true,
})
await payload.create({
  collection: 'idea-comments',
  data: { body: '賛成です', idea: idea.id, stance: 'support' },
  overrideAccess: false,
  user: { ...colleague, collection: 'staff' },
})
const notices = await payload.count({ collection: 'staff-notices', overrideAccess: true, where: { recipient: { equals: author.id } } })
if (notices.totalDocs !== 1) throw new Error(`the idea's author holds ${notices.totalDocs} notices of one comment`)
const editor = { ...author, collection: 'staff', roles: ['koho'] }
await payload.create({ collection: 'news', data: { headline: '防災訓練のお知らせ' }, overrideAccess: false, user: editor })
const audited = await payload.count({ collection: 'audit-events', overrideAccess: true, where: { collection: { equals: 'news' } } })
if (audited.totalDocs !== 1) throw new Error(`the audit log recorded ${audited.totalDocs} entries for one news item`)
console.log(
  `  collections ${Object.keys(payload.collections).length}; routes ${serverRoutesOf(payload.config)
    .map((r) => r.name)
    .join(', ')}; ` +
    `background ${backgroundTasksOf(payload.config)
      .map((t) => t.name)
      .join(', ')}; followers ${followers.totalDocs}; idea #${idea.id} by a staff member`,
)
await payload.destroy()
process.exit(0)
