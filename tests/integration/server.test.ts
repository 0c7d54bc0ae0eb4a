import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startAppServer } from '@akita-dx/test-support/app'
import type { TestServer } from '@akita-dx/test-support'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { testDatabaseKind } from '@akita-dx/test-support'

describe('express server in front of Payload', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startAppServer()
  })
  afterAll(() => server?.close())

  it('answers /healthz after a database round trip', async () => {
    const res = await fetch(`${server.baseUrl}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ db: testDatabaseKind(), ok: true })
  })

  it('refuses anonymous reads of users with a JSON error', async () => {
    const res = await fetch(`${server.baseUrl}/api/users`)
    expect([401, 403]).toContain(res.status)
    expect(res.headers.get('content-type')).toMatch(/json/)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toBeTruthy()
  })

  it('logs in through POST /api/users/login and sets the auth cookie', async () => {
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const user = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    const res = await fetch(`${server.baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: user.email, password: user.password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(true)
    const me = await fetch(`${server.baseUrl}/api/users/me`, {
      headers: await loginHeaders(server.baseUrl, user),
    })
    const body = (await me.json()) as { user: { email: string; roles: string[] } }
    expect(body.user.email).toBe(user.email)
    expect(body.user.roles).toEqual(['editor'])
  })

  it("hides colleagues' e-mail addresses from staff but not from admins", async () => {
    const staff = await createTestUser(server.payload, { roles: ['staff'] })
    const colleague = await createTestUser(server.payload, { roles: ['staff'] })
    const admin = await createTestUser(server.payload, { roles: ['admin'] })
    const asStaff = await fetch(`${server.baseUrl}/api/users/${colleague.id}`, {
      headers: await loginHeaders(server.baseUrl, staff),
    })
    expect(asStaff.status).toBe(200)
    expect(((await asStaff.json()) as { email?: string }).email).toBeUndefined()
    const asAdmin = await fetch(`${server.baseUrl}/api/users/${colleague.id}`, {
      headers: await loginHeaders(server.baseUrl, admin),
    })
    expect(((await asAdmin.json()) as { email?: string }).email).toBe(colleague.email)
  })

  it('does not let staff raise their own role', async () => {
    const staff = await createTestUser(server.payload, { roles: ['staff'] })
    const res = await fetch(`${server.baseUrl}/api/users/${staff.id}`, {
      body: JSON.stringify({ roles: ['admin'] }),
      headers: await loginHeaders(server.baseUrl, staff),
      method: 'PATCH',
    })
    expect(res.status).toBeLessThan(500)
    const stored = await server.payload.findByID({ collection: 'users', id: staff.id, overrideAccess: true })
    expect(stored.roles).toEqual(['staff'])
  })

  it('answers unknown routes with JSON 404 in API-only mode', async () => {
    const res = await fetch(`${server.baseUrl}/nope`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ errors: [{ message: 'Not found: GET /nope' }] })
  })
})
