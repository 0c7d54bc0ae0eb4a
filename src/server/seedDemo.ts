import type { Payload } from 'payload'

import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/organisation'
import { runSeed } from '../../seed/runSeed'

/** Fills an empty demo database (no departments yet) and prints the demo logins. */
export const seedDemoIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'departments', overrideAccess: true })
  if (totalDocs > 0) return
  console.log('  空のデータベースにデモデータを投入します / seeding demo data…')
  await runSeed(payload)
  console.log(
    [
      '  デモ用ログイン / demo logins (password: ' + DEMO_PASSWORD + ')',
      ...DEMO_USERS.map((u) => `    ${u.email.padEnd(34)} ${u.roles.join(',').padEnd(7)} ${u.name}`),
    ].join('\n'),
  )
}
