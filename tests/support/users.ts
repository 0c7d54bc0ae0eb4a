import type { Payload } from 'payload'

type Role = 'admin' | 'editor' | 'staff'

let counter = 0

/** Creates a department (or returns the one with that code). */
export const ensureDepartment = async (payload: Payload, code: string, name = code) => {
  const existing = await payload.find({
    collection: 'departments',
    limit: 1,
    overrideAccess: true,
    where: { code: { equals: code } },
  })
  if (existing.docs[0]) return existing.docs[0]
  return payload.create({ collection: 'departments', data: { code, name }, overrideAccess: true })
}

export type TestUser = { email: string; id: number | string; password: string }

/** Creates a user with the given roles and department through the Local API. */
export const createTestUser = async (
  payload: Payload,
  { department, name, roles }: { department?: number | string; name?: string; roles: Role[] },
): Promise<TestUser> => {
  counter += 1
  const email = `user${counter}-${roles.join('-')}@test.akita.example`
  const password = `pw-${counter}-Akita!`
  const user = await payload.create({
    collection: 'users',
    data: { department, email, name: name ?? `テスト職員${counter}`, password, roles },
    overrideAccess: true,
  })
  return { email, id: user.id, password }
}

/** Logs in through the real REST endpoint and returns headers that carry the JWT. */
export const loginHeaders = async (baseUrl: string, user: { email: string; password: string }) => {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: user.email, password: user.password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (res.status !== 200) throw new Error(`login failed for ${user.email}: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
