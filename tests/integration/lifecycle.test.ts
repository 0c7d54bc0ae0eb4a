import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { testDatabaseKind } from '@akita-dx/test-support'
import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '@akita-dx/test-support/spawn'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-lifecycle-'))

/** A production database of its own: SQLite file, or a PostgreSQL database dropped at start. */
const productionDatabase = (name: string) => {
  const pg = process.env.TEST_DATABASE_URI?.trim()
  if (!pg) return { DATABASE_URI: `file:${path.join(tmp, `${name}.db`)}` }
  const url = new URL(pg)
  url.pathname = `${url.pathname.replace(/^\//, '') || 'akita_dx_test'}_${name}`
  return { DATABASE_URI: url.toString(), PAYLOAD_DROP_DATABASE: 'true' }
}

describe('the production server process', () => {
  const spawned: SpawnedServer[] = []
  afterAll(async () => {
    for (const s of spawned) if (s.child.exitCode === null) s.child.kill('SIGKILL')
    fs.rmSync(tmp, { force: true, recursive: true })
  })

  it('refuses to start without an admin or ADMIN_EMAIL/ADMIN_PASSWORD', async () => {
    const server = await spawnServer({
      ...productionDatabase('noadmin'),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'lifecycle-secret',
      PORT: String(await freePort()),
    })
    spawned.push(server)
    const { code } = await server.exited
    expect(code).toBe(1)
    expect(server.output()).toMatch(/ADMIN_EMAIL \/ ADMIN_PASSWORD are not set: refusing to start/)
  })

  it('names the accepted forms when DATABASE_URI is wrong', async () => {
    const server = await spawnServer({ DATABASE_URI: 'mysql://root@localhost/cms', PORT: String(await freePort()) })
    spawned.push(server)
    const { code } = await server.exited
    expect(code).toBe(1)
    expect(server.output()).toMatch(/DATABASE_URI "mysql:\/\/root@localhost\/cms" is not supported: use file:/)
  })

  it('runs committed migrations, serves, finishes an in-flight request on SIGTERM and exits 0', async () => {
    const port = await freePort()
    const baseUrl = `http://127.0.0.1:${port}`
    const server = await spawnServer({
      ...productionDatabase('prod'),
      ADMIN_EMAIL: 'first.admin@pref.akita.example',
      ADMIN_PASSWORD: 'first-admin-password',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'lifecycle-secret',
      PORT: String(port),
    })
    spawned.push(server)
    await waitForHealthy(server, baseUrl, 90_000)
    expect(await (await fetch(`${baseUrl}/healthz`)).json()).toEqual({ db: testDatabaseKind(), ok: true })
    expect(server.output()).toMatch(/Migrated:/)

    const login = await fetch(`${baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'first.admin@pref.akita.example', password: 'first-admin-password' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(login.status).toBe(200)

    // A request whose headers are still arriving when SIGTERM lands must still be answered.
    const socket = net.connect(port, '127.0.0.1')
    await new Promise((r) => socket.once('connect', r))
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n')
    let response = ''
    socket.on('data', (chunk) => (response += chunk))
    const ended = new Promise((r) => socket.once('close', r))
    await new Promise((r) => setTimeout(r, 100))
    const killedAt = Date.now()
    server.child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 300))
    socket.write('Connection: close\r\n\r\n')
    await ended
    expect(response).toMatch(/^HTTP\/1.1 200/)
    expect(response).toMatch(/"ok":true/)

    const { code } = await server.exited
    expect(code).toBe(0)
    expect(Date.now() - killedAt).toBeLessThan(10_000)
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow()
  })
})
