import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import { type AddressInfo } from 'node:net'
import sharp from 'sharp'

import { createTestUser, errorMessage, loginHeaders, type TestServer, type TestUser } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

import { createApp } from '../../src/server/createApp'

const EVIL = 'https://evil.example'
const REFUSED_JA = '別のサイトから送られた変更のため、受け付けませんでした。管理画面から操作してください。'

/** The `payload-token=…` pair of a login's answer, and the whole Set-Cookie line it came in. */
const loginCookie = async (baseUrl: string, user: TestUser, headers: Record<string, string> = {}) => {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: user.email, password: user.password }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })
  expect(res.status).toBe(200)
  const line = res.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  if (!line) throw new Error('no payload-token cookie')
  return { cookie: line.split(';', 1)[0], line }
}

describe('sessions: cookie writes from other sites, security headers, job endpoints', () => {
  let server: TestServer
  let adminUser: TestUser
  let admin: Record<string, string>
  let adminCookie: string
  let sameOrigin: string

  const departmentsCoded = async (code: string) =>
    (await server.payload.find({ collection: 'departments', overrideAccess: true, where: { code: { equals: code } } })).totalDocs

  const createDepartment = (code: string, headers: Record<string, string>) =>
    fetch(`${server.baseUrl}/api/departments`, {
      body: JSON.stringify({ code, name: `課 ${code}` }),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })

  beforeAll(async () => {
    server = await startAppServer({ app: { settings: { trustProxy: 'loopback' } } })
    adminUser = await createTestUser(server.payload, { roles: ['admin'] })
    admin = await loginHeaders(server.baseUrl, adminUser)
    adminCookie = (await loginCookie(server.baseUrl, adminUser)).cookie
    sameOrigin = server.payload.config.csrf[0]
  }, 120_000)
  afterAll(() => server?.close())

  describe('cookie-authenticated writes', () => {
    it('refuses them from another origin with a JSON 403, and writes nothing', async () => {
      const res = await createDepartment('csrf-json', { cookie: adminCookie, origin: EVIL })
      expect(res.status).toBe(403)
      expect(await res.json()).toEqual({ errors: [{ message: REFUSED_JA }] })
      expect(await departmentsCoded('csrf-json')).toBe(0)
    })

    it('refuses a form another site posts (no preflight), told by Origin, Referer or Sec-Fetch-Site', async () => {
      const sources: Record<string, string>[] = [
        { origin: EVIL },
        { referer: `${EVIL}/page` },
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'null' },
      ]
      for (const [i, source] of sources.entries()) {
        const form = new FormData()
        form.append('_payload', JSON.stringify({ code: `csrf-form-${i}`, name: '偽の課' }))
        const res = await fetch(`${server.baseUrl}/api/departments`, {
          body: form,
          headers: { cookie: adminCookie, ...source },
          method: 'POST',
        })
        expect({ source, status: res.status }).toEqual({ source, status: 403 })
        expect(errorMessage(await res.json())).toBe(REFUSED_JA)
        expect(await departmentsCoded(`csrf-form-${i}`)).toBe(0)
      }
    })

    it('refuses updates and deletes the same way, in English for a user who chose it', async () => {
      const dept = await server.payload.create({
        collection: 'departments',
        data: { code: 'csrf-keep', name: '残る課' },
        overrideAccess: true,
      })
      const cookie = `${adminCookie}; payload-lng=en`
      for (const method of ['PATCH', 'DELETE']) {
        const res = await fetch(`${server.baseUrl}/api/departments/${dept.id}`, {
          body: method === 'PATCH' ? JSON.stringify({ name: '書き換え' }) : undefined,
          headers: { 'content-type': 'application/json', cookie, origin: EVIL },
          method,
        })
        expect(res.status).toBe(403)
        expect(errorMessage(await res.json())).toMatch(/^This change was sent from another site/)
      }
      const kept = await server.payload.findByID({ collection: 'departments', id: dept.id, overrideAccess: true })
      expect(kept.name).toBe('残る課')
    })

    it('accepts them from the product’s own origin', async () => {
      const res = await createDepartment('csrf-same', { cookie: adminCookie, origin: sameOrigin })
      expect(res.status).toBe(201)
      expect(await departmentsCoded('csrf-same')).toBe(1)
    })

    it('leaves writes with an Authorization header and no cookie alone, whatever their origin', async () => {
      const res = await createDepartment('csrf-header', { authorization: admin.authorization, origin: EVIL })
      expect(res.status).toBe(201)
      expect(await departmentsCoded('csrf-header')).toBe(1)
    })
  })

  describe('security headers', () => {
    const expectHeaders = (res: Response) => {
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-powered-by')).toBeNull()
    }

    it('sends them on every answer, with a policy that lets nothing frame the product', async () => {
      for (const path of ['/healthz', '/api/announcements', '/api/no-such-collection', '/no-such-page']) {
        const res = await fetch(`${server.baseUrl}${path}`)
        expectHeaders(res)
        const policy = (res.headers.get('content-security-policy') ?? '').split(/;\s*/)
        expect(policy).toEqual(
          expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "script-src 'self'"]),
        )
        expect(res.headers.get('strict-transport-security')).toBeNull()
      }
    })

    it('lets the browser show an uploaded file, still unframed', async () => {
      const png = await sharp({ create: { background: '#1b5e9f', channels: 3, height: 8, width: 8 } })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: '秋田の空' }))
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'sky.png')
      const created = await fetch(`${server.baseUrl}/api/media`, {
        body: form,
        headers: { authorization: admin.authorization },
        method: 'POST',
      })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { url: string } }
      const file = await fetch(new URL(doc.url, server.baseUrl))
      expect(file.status).toBe(200)
      expectHeaders(file)
      expect(file.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    })

    it('sends HSTS and marks the session cookie Secure only when a trusted proxy says the request came over https', async () => {
      const https = { 'x-forwarded-proto': 'https' }
      const overHttps = await fetch(`${server.baseUrl}/healthz`, { headers: https })
      expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000')
      expect((await loginCookie(server.baseUrl, adminUser, https)).line).toMatch(/;\s*Secure(;|$)/i)
      expect((await loginCookie(server.baseUrl, adminUser)).line).not.toMatch(/;\s*Secure(;|$)/i)
    })

    it('believes no X-Forwarded-Proto when no proxy is trusted', async () => {
      const direct = http.createServer(createApp({ payload: server.payload, settings: { trustProxy: false } }))
      await new Promise<void>((resolve) => direct.listen(0, '127.0.0.1', resolve))
      const baseUrl = `http://127.0.0.1:${(direct.address() as AddressInfo).port}`
      try {
        const https = { 'x-forwarded-proto': 'https' }
        expect((await fetch(`${baseUrl}/healthz`, { headers: https })).headers.get('strict-transport-security')).toBeNull()
        expect((await loginCookie(baseUrl, adminUser, https)).line).not.toMatch(/;\s*Secure(;|$)/i)
      } finally {
        direct.closeAllConnections()
        await new Promise((resolve) => direct.close(resolve))
      }
    })
  })

  describe('job endpoints', () => {
    const ENDPOINTS = ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']

    const draftWithDueJob = async (title: string) => {
      const draft = await server.payload.create({
        collection: 'announcements',
        data: { _status: 'draft', category: 'bosai', summary: '予約公開の確認', title },
        draft: true,
        overrideAccess: true,
      })
      await server.payload.jobs.queue({
        input: { doc: { relationTo: 'announcements', value: String(draft.id) }, type: 'publish' },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      } as never)
      return draft
    }
    const statusOf = async (id: number | string) =>
      (await server.payload.findByID({ collection: 'announcements', id, overrideAccess: true }))._status

    it('refuse everyone over HTTP: anonymous, staff, editor, admin, a cross-site GET with the cookie', async () => {
      const draft = await draftWithDueJob('HTTP では公開されないお知らせ')
      const callers: Record<string, Record<string, string>> = {
        admin,
        anonymous: {},
        'cross-site with cookie': { cookie: adminCookie, 'sec-fetch-site': 'cross-site' },
        editor: await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['editor'] })),
        'same-origin cookie': { cookie: adminCookie, origin: sameOrigin },
        staff: await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] })),
      }
      for (const endpoint of ENDPOINTS) {
        for (const [caller, headers] of Object.entries(callers)) {
          const res = await fetch(`${server.baseUrl}${endpoint}?limit=10`, { headers })
          expect({ caller, endpoint, status: res.status }).toEqual({ caller, endpoint, status: 401 })
          expect(errorMessage(await res.json())).toBeTruthy()
        }
      }
      expect(await statusOf(draft.id)).toBe('draft')
    })

    it('leave the server’s own runner (local, access checked) to publish what is due', async () => {
      const draft = await draftWithDueJob('予約どおり公開されるお知らせ')
      await server.payload.jobs.run({ limit: 50, overrideAccess: false, queue: 'default' })
      expect(await statusOf(draft.id)).toBe('published')
    })
  })
})
