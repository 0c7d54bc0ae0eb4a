import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { testDatabaseKind } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import type { TestServer } from '@akita-dx/test-support'

type SqlAdapter = { client?: { close: () => void }; pool?: { end: () => Promise<void> } }

describe('/healthz when the database goes away', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startAppServer()
  })
  afterAll(async () => {
    // The connection is already gone; closing the HTTP side is what is left.
    await server.close().catch(() => undefined)
  })

  it('answers 200 while the database answers, then 503 with a JSON reason', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)

    const db = server.payload.db as unknown as SqlAdapter
    // end() waits for a client Payload keeps checked out; new queries fail at once all the same.
    if (db.pool) void db.pool.end()
    else db.client?.close()

    const res = await fetch(`${server.baseUrl}/healthz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ db: testDatabaseKind(), errors: [{ message: 'database unreachable' }], ok: false })
  })
})
