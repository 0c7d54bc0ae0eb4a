import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer, type TestUser } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

const LIMITS = { perAccount: 3, perIp: 6, windowMs: 15 * 60 * 1000 }

type Answer = { body: unknown; retryAfter: null | string; status: number }

/** Each test speaks from addresses of its own (the proxy on loopback is trusted), so the per-address count starts at zero. */
let lastAddress = 0
const newAddress = () => `203.0.113.${(lastAddress += 1)}`

/** A login whose headers go now and whose body goes on `send()`; resolves with the status. */
const lateLogin = (baseUrl: string, email: string, address: string) => {
  const body = JSON.stringify({ email, password: 'guess' })
  const req = http.request(`${baseUrl}/api/users/login`, {
    headers: { 'content-length': String(Buffer.byteLength(body)), 'content-type': 'application/json', 'x-forwarded-for': address },
    method: 'POST',
  })
  const answered = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
  })
  req.flushHeaders()
  return { send: () => (req.end(body), answered) }
}

describe('logins and password resets are throttled, lockouts are for admins to cancel', () => {
  let server: TestServer
  let admin: Record<string, string>
  let staff: Record<string, string>
  let editor: Record<string, string>

  const post = async (path: string, body: unknown, address: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${server.baseUrl}/api/users/${path}`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
      method: 'POST',
    })
    return { body: await res.json(), retryAfter: res.headers.get('retry-after'), status: res.status }
  }
  const login = (email: string, password: string, address: string, headers?: Record<string, string>) =>
    post('login', { email, password }, address, headers)
  const user = () => createTestUser(server.payload, { roles: ['staff'] })

  const expectThrottled = (answer: Answer, message: RegExp) => {
    expect(answer.status).toBe(429)
    expect(Number(answer.retryAfter)).toBeGreaterThan(0)
    expect(Number(answer.retryAfter)).toBeLessThanOrEqual(LIMITS.windowMs / 1000)
    expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(message) }] })
  }

  beforeAll(async () => {
    server = await startAppServer({ app: { settings: { login: LIMITS, trustProxy: 'loopback' } } })
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    admin = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['admin'] }))
    staff = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['staff'] }))
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['editor'] }))
  }, 120_000)
  afterAll(() => server?.close())

  it('refuses an account after its failed logins, from any address, even with the right password', async () => {
    const target = await user()
    for (let i = 0; i < LIMITS.perAccount; i += 1) expect((await login(target.email, 'wrong-password', newAddress())).status).toBe(401)

    const refused = await login(target.email, target.password, newAddress())
    expectThrottled(refused, /^ログインの試行が多すぎます。15分ほど待ってから/)
    // The account name is matched as Payload matches it: without regard to case.
    expectThrottled(await login(target.email.toUpperCase(), target.password, newAddress()), /ログインの試行が多すぎます/)

    const other = await user()
    expect((await login(other.email, other.password, newAddress())).status).toBe(200)
  })

  it('refuses an address after its failed logins, whatever the accounts', async () => {
    const address = newAddress()
    for (let i = 0; i < LIMITS.perIp; i += 1) {
      expect((await login(`nobody-${i}@test.akita.example`, 'guess', address)).status).toBe(401)
    }
    const target = await user()
    expectThrottled(await login(target.email, target.password, address), /ログインの試行が多すぎます/)
    expect((await login(target.email, target.password, newAddress())).status).toBe(200)
  })

  it('counts guesses sent in parallel, even when their bodies come late', async () => {
    const address = newAddress()
    const guesses = Array.from({ length: LIMITS.perIp * 2 }, (_, i) =>
      lateLogin(server.baseUrl, `parallel-${i}@test.akita.example`, address),
    )
    // Every request is in (headers only) before any body: none of them has counted yet.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const statuses = (await Promise.all(guesses.map((guess) => guess.send()))).sort()
    expect(statuses).toEqual([...Array(LIMITS.perIp).fill(401), ...Array(LIMITS.perIp).fill(429)])

    const target = await user()
    const perAccount = await Promise.all(Array.from({ length: 8 }, () => login(target.email, 'wrong-password', newAddress())))
    expect(perAccount.filter(({ status }) => status === 401)).toHaveLength(LIMITS.perAccount)
  })

  it('clears an account when it logs in, and counts the admin form (multipart) like JSON', async () => {
    const target = await user()
    const address = newAddress()
    for (let i = 0; i < LIMITS.perAccount - 1; i += 1) expect((await login(target.email, 'wrong-password', address)).status).toBe(401)
    expect((await login(target.email, target.password, address)).status).toBe(200)

    for (let i = 0; i < LIMITS.perAccount; i += 1) {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ email: target.email, password: 'wrong-password' }))
      const res = await fetch(`${server.baseUrl}/api/users/login`, {
        body: form,
        headers: { 'x-forwarded-for': newAddress() },
        method: 'POST',
      })
      expect(res.status).toBe(401)
    }
    expectThrottled(await login(target.email, target.password, newAddress()), /ログインの試行が多すぎます/)
  })

  it('throttles password-reset requests per account, successful ones too, in the language the user chose', async () => {
    const target = await user()
    for (let i = 0; i < LIMITS.perAccount; i += 1)
      expect((await post('forgot-password', { email: target.email }, newAddress())).status).toBe(200)

    expectThrottled(await post('forgot-password', { email: target.email }, newAddress()), /^パスワード再設定の依頼が多すぎます。/)
    const english = await post('forgot-password', { email: target.email }, newAddress(), { cookie: 'payload-lng=en' })
    expectThrottled(english, /^Too many password reset requests\. Try again in about 15 minutes\.$/)
    // Resets and logins are counted apart: the account can still log in.
    expect((await login(target.email, target.password, newAddress())).status).toBe(200)
  })

  describe('a locked account', () => {
    let locked: TestUser

    /** Locks the account by Payload's own lockout (maxLoginAttempts wrong passwords), beside the server's throttle. */
    const lock = async (target: TestUser) => {
      const maxAttempts = server.payload.collections.users.config.auth.maxLoginAttempts
      for (let i = 0; i < maxAttempts; i += 1) {
        await expect(
          server.payload.login({ collection: 'users', data: { email: target.email, password: 'wrong-password' } }),
        ).rejects.toThrow()
      }
    }
    const lockUntilOf = async (target: TestUser) => {
      const doc = await server.payload.findByID({ collection: 'users', id: target.id, overrideAccess: true, showHiddenFields: true })
      return (doc as { lockUntil?: null | string }).lockUntil
    }

    beforeAll(async () => {
      locked = await user()
      await lock(locked)
    })

    it('answers a login exactly as an unknown address and a wrong password do', async () => {
      expect(new Date((await lockUntilOf(locked)) ?? 0).getTime()).toBeGreaterThan(Date.now())
      const lockedAnswer = await login(locked.email, locked.password, newAddress())
      const unknown = await login('no-such-user@test.akita.example', locked.password, newAddress())
      const wrongPassword = await login((await user()).email, 'wrong-password', newAddress())

      expect(lockedAnswer).toEqual(unknown)
      expect(lockedAnswer).toEqual(wrongPassword)
      expect(lockedAnswer.status).toBe(401)
      expect(errorMessage(lockedAnswer.body)).toBeTruthy()
    })

    it('is not unlocked by anyone but an admin', async () => {
      for (const headers of [{}, staff, editor]) {
        const res = await fetch(`${server.baseUrl}/api/users/unlock`, {
          body: JSON.stringify({ email: locked.email }),
          headers: { 'content-type': 'application/json', ...headers },
          method: 'POST',
        })
        expect(res.status).toBe(403)
        expect(errorMessage(await res.json())).toBeTruthy()
      }
      expect(await lockUntilOf(locked)).toBeTruthy()

      const res = await fetch(`${server.baseUrl}/api/users/unlock`, {
        body: JSON.stringify({ email: locked.email }),
        headers: admin,
        method: 'POST',
      })
      expect(res.status).toBe(200)
      expect(await lockUntilOf(locked)).toBeFalsy()
      expect((await login(locked.email, locked.password, newAddress())).status).toBe(200)
    })
  })
})
