import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders } from '@akita-dx/test-support'
import { bulkInsertSubscribers, type RunningLineEmulator, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { type LineTestServer, startLineTestServer } from './helpers/boot'

/**
 * Who may preview, send, cancel and read a document's deliveries: whoever may edit the document,
 * the departments that send for every department (広報広聴課 here), and admins.
 */
describe('LINE deliveries follow the ownership of the document sent', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  const headers: Record<'admin' | 'koho' | 'kodomo' | 'sangyo', Record<string, string>> = {} as never
  let kodomoNotice: number | string
  let segment: number | string

  const call = (who: keyof typeof headers, path: string, method = 'GET', body?: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: headers[who],
      method,
    }).then(async (res) => ({
      body: (await res.json()) as any,
      status: res.status,
    }))
  const deliveries = async () => (await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs
  const later = () => new Date(Date.now() + 3_600_000).toISOString()

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    const departments = {
      kodomo: await ensureDepartment(server.payload, 'kodomo', '子ども・子育て支援課'),
      koho: await ensureDepartment(server.payload, 'koho', '広報広聴課'),
      sangyo: await ensureDepartment(server.payload, 'sangyo', '地域産業振興課'),
    }
    for (const [name, department] of Object.entries(departments)) {
      const user = await createTestUser(server.payload, { department: department.id, roles: ['editor'] })
      await server.payload.update({
        collection: 'users',
        data: { lineUserIds: [userIdFor(`owner-${name}`)] },
        id: user.id,
        overrideAccess: true,
      })
      headers[name as 'koho'] = await loginHeaders(server.baseUrl, user)
    }
    headers.admin = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['admin'] }))
    await bulkInsertSubscribers(server.payload, 60, { prefix: 'ownership' })
    kodomoNotice = (
      await server.payload.create({
        collection: 'line-test-notices',
        data: { department: departments.kodomo.id, title: '保育園の入園申込' },
        overrideAccess: true,
      })
    ).id
    segment = (
      await server.payload.create({ collection: 'line-segments', data: { combinator: 'and', name: '全員' }, overrideAccess: true })
    ).id
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('refuses another department’s editor a preview, a test send and a live send, and writes nothing', async () => {
    const before = await deliveries()
    const preview = await call('sangyo', '/line-deliveries/preview', 'POST', { collection: 'line-test-notices', document: kodomoNotice })
    const test = await call('sangyo', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(kodomoNotice),
      mode: 'test',
    })
    const live = await call('sangyo', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(kodomoNotice),
      mode: 'live',
      segments: [segment],
    })
    for (const res of [preview, test, live]) {
      expect(res.status).toBe(403)
      expect(errorMessage(res.body)).toMatch(/編集できる課/)
    }
    expect(await deliveries()).toBe(before)
  })

  it('lets the owning department and the one that sends for all preview and send it', async () => {
    expect(
      (await call('kodomo', '/line-deliveries/preview', 'POST', { collection: 'line-test-notices', document: kodomoNotice })).status,
    ).toBe(200)
    expect(
      (await call('koho', '/line-deliveries/preview', 'POST', { collection: 'line-test-notices', document: kodomoNotice })).status,
    ).toBe(200)
    const own = await call('kodomo', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(kodomoNotice),
      mode: 'live',
      scheduledAt: later(),
      segments: [segment],
    })
    expect(own.status).toBe(201)
    expect(own.body.doc.department).toBeTruthy()
  })

  it('hides a delivery from another department’s editor: not listed, not read, not cancelled', async () => {
    const created = await call('koho', '/line-deliveries', 'POST', {
      collection: 'line-test-notices',
      document: String(kodomoNotice),
      mode: 'live',
      scheduledAt: later(),
      segments: [segment],
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const list = await call('sangyo', '/line-deliveries?limit=100&depth=0')
    expect(list.body.docs.map((d: { id: unknown }) => d.id)).not.toContain(id)
    expect((await call('sangyo', `/line-deliveries/${id}`)).status).toBe(404)
    expect((await call('sangyo', `/line-deliveries/${id}/progress`)).status).toBe(404)
    expect((await call('sangyo', `/line-deliveries/${id}/cancel`, 'POST')).status).toBe(404)
    const row = await server.payload.findByID({ collection: 'line-deliveries', depth: 0, id, overrideAccess: true })
    expect(row.status).toBe('awaiting_approval')
    // The owning department sees it and may cancel what 広報広聴課 scheduled for it; admins see everything.
    expect((await call('kodomo', `/line-deliveries/${id}/progress`)).status).toBe(200)
    expect((await call('admin', '/line-deliveries?limit=100&depth=0')).body.docs.map((d: { id: unknown }) => d.id)).toContain(id)
    expect((await call('kodomo', `/line-deliveries/${id}/cancel`, 'POST')).body).toMatchObject({ status: 'cancelled' })
  })
})
