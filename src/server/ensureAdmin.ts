import type { Payload } from 'payload'

import crypto from 'node:crypto'

export class MissingAdminError extends Error {
  constructor() {
    super('No admin user exists and ADMIN_EMAIL / ADMIN_PASSWORD are not set: refusing to start. ' + 'Set both to create the first admin.')
    this.name = 'MissingAdminError'
  }
}

export type EnsureAdminResult = { created: false } | { created: true; email: string; generatedPassword?: string }

/**
 * The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD. Without them, development and the
 * demo get one with a random password shown once; a real deployment refuses to start.
 */
export const ensureAdmin = async (payload: Payload, { allowGenerated }: { allowGenerated: boolean }): Promise<EnsureAdminResult> => {
  const admins = await payload.count({
    collection: 'users',
    overrideAccess: true,
    where: { roles: { contains: 'admin' } },
  })
  if (admins.totalDocs > 0) return { created: false }

  const email = process.env.ADMIN_EMAIL?.trim()
  const password = process.env.ADMIN_PASSWORD
  if (email && password) {
    await payload.create({
      collection: 'users',
      data: { email, name: '管理者', password, roles: ['admin'] },
      overrideAccess: true,
    })
    return { created: true, email }
  }
  if (!allowGenerated) throw new MissingAdminError()

  const generatedEmail = email || 'admin@akita-dx.example'
  const generatedPassword = crypto.randomBytes(9).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: generatedEmail, name: '管理者', password: generatedPassword, roles: ['admin'] },
    overrideAccess: true,
  })
  return { created: true, email: generatedEmail, generatedPassword }
}
