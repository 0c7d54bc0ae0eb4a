import type { Payload, TypedUser } from 'payload'

import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

import { ideasSeed } from '../../seed/ideas'
import { organisationSeed } from '../../seed/organisation'
import { talentSeed } from '../../seed/talent'

export type Role = 'admin' | 'anonymous' | 'editor' | 'otherEditor' | 'staff'

export type FiveRoles = {
  /** Departments of the editor and staff member (`digital`) and of the other editor (`kodomo`). */
  departments: { digital: number | string; kodomo: number | string }
  headers: Record<Role, Record<string, string>>
  payload: Payload
  server: TestServer
  /** Each role's user as Payload reads it (undefined for anonymous), for access functions and the Local API. */
  users: Record<Role, TypedUser | undefined>
}

/**
 * The app on the real express server with the seed's organisation, talent bank and ideas, and one
 * signed-in user per role: an admin, an editor and a staff member of デジタル政策, an editor of
 * another department (子ども), and anonymous (JSON headers, no session).
 */
export const startWithFiveRoles = async (): Promise<FiveRoles> => {
  const server = await startAppServer()
  const { payload } = server
  for (const step of [organisationSeed, talentSeed, ideasSeed]) await step.run({ log: () => {}, payload })
  const digital = await ensureDepartment(payload, 'digital')
  const kodomo = await ensureDepartment(payload, 'kodomo')
  const made = {
    admin: await createTestUser(payload, { roles: ['admin'] }),
    editor: await createTestUser(payload, { department: digital.id, roles: ['editor'] }),
    otherEditor: await createTestUser(payload, { department: kodomo.id, roles: ['editor'] }),
    staff: await createTestUser(payload, { department: digital.id, roles: ['staff'] }),
  }
  const headers: Partial<FiveRoles['headers']> = { anonymous: { 'content-type': 'application/json' } }
  const users: Partial<FiveRoles['users']> = { anonymous: undefined }
  for (const [role, user] of Object.entries(made) as [Exclude<Role, 'anonymous'>, (typeof made)['admin']][]) {
    headers[role] = await loginHeaders(server.baseUrl, user)
    users[role] = (await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })) as TypedUser
  }
  return {
    departments: { digital: digital.id, kodomo: kodomo.id },
    headers: headers as FiveRoles['headers'],
    payload,
    server,
    users: users as FiveRoles['users'],
  }
}
