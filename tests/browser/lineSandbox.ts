import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '@akita-dx/test-support/spawn'

export type Sandbox = {
  /** The first admin's password, printed once by the server on a fresh database. */
  adminPassword: string
  baseUrl: string
  emulatorUrl: string
  server: SpawnedServer
  stop: () => Promise<void>
}

/**
 * The built product in demo mode on a fresh SQLite file, in LINE sandbox mode: the server starts
 * the LINE emulator itself, as `npm start` does without a channel.
 */
export const startSandbox = async (): Promise<Sandbox> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-line-browser-'))
  const [port, emulatorPort] = [await freePort(), await freePort()]
  const baseUrl = `http://127.0.0.1:${port}`
  const server = await spawnServer({
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    DEMO_MODE: 'true',
    LINE_EMULATOR_PORT: String(emulatorPort),
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'browser-line-secret',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    SERVE_ADMIN: 'true',
  })
  await waitForHealthy(server, baseUrl, 180_000)
  const adminPassword = /admin@akita-dx\.example\s+(\S+)/.exec(server.output())?.[1]
  if (!adminPassword) throw new Error(`no first-admin password in the server output:\n${server.output()}`)
  return {
    adminPassword,
    baseUrl,
    emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
    server,
    stop: async () => {
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM')
        await server.exited
      }
      fs.rmSync(dataDir, { force: true, recursive: true })
    },
  }
}

/** JSON over HTTP with a status check, for the steps a browser does not take (LINE's side, checks). */
export const callJson = async (url: string, init: RequestInit & { json?: unknown } = {}): Promise<any> => {
  const { json, ...rest } = init
  const res = await fetch(url, {
    ...rest,
    body: json === undefined ? rest.body : JSON.stringify(json),
    headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...(rest.headers ?? {}) },
  })
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${res.status} ${JSON.stringify(body)}`)
  return body
}

export const login = async (baseUrl: string, email: string, password: string) => {
  const { token, user } = await callJson(`${baseUrl}/api/users/login`, { json: { email, password }, method: 'POST' })
  return { headers: { authorization: `JWT ${token}` }, user }
}

export const waitUntil = async <T>(what: string, fn: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
