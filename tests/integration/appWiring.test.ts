import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { LINE_ANALYTICS_SLUGS } from '@akita-dx/plugin-line-analytics'
import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { type RunningLineEmulator, startEmulator, userIdFor } from '@akita-dx/test-support/line'

/** The product's own config, not a test config: a delivery of an announcement carries tracked links. */
describe('LINE deliveries in the app send tracked links', () => {
  let emu: RunningLineEmulator
  let server: TestServer

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAppServer()
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('replaces the announcement’s URLs by /l/<code> links before the delivery is stored, and ties them to it', async () => {
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const editor = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    await server.payload.update({
      collection: 'users',
      data: { lineUserIds: [userIdFor('wiring-editor')] },
      id: editor.id,
      overrideAccess: true,
    })
    const target = 'https://www.pref.akita.example/bosai/yuki'
    const notice = await server.payload.create({
      collection: 'announcements',
      data: {
        _status: 'published',
        category: 'bosai',
        department: dept.id,
        links: [{ label: '除雪情報', url: target }],
        summary: '大雪に備えて、除雪と屋根の雪下ろしは二人以上で行いましょう。',
        title: '大雪への備えについて',
      } as never,
      overrideAccess: true,
    })
    const res = await fetch(`${server.baseUrl}/api/line-deliveries`, {
      body: JSON.stringify({ collection: 'announcements', document: notice.id, mode: 'test' }),
      headers: await loginHeaders(server.baseUrl, editor),
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number | string } }
    const stored = await server.payload.findByID({ collection: 'line-deliveries', id: doc.id, overrideAccess: true })
    const sent = JSON.stringify(stored.messages)
    expect(sent).toMatch(/\/l\/[0-9A-Za-z]{8,}/)
    expect(sent).not.toContain(target)
    const links = await server.payload.find({
      collection: LINE_ANALYTICS_SLUGS.links,
      overrideAccess: true,
      where: { url: { equals: target } },
    })
    expect(links.docs).toEqual([
      expect.objectContaining({ category: 'bosai', department: String(dept.id), document: `announcements:${notice.id}` }),
    ])
    expect(links.docs[0].delivery).toMatchObject({ id: doc.id })
  })

  it('audits the account-wide LINE tools: a step series switched on by 広報広聴課 is in the audit log with the change', async () => {
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const editor = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    const user = { ...(await server.payload.findByID({ collection: 'users', id: editor.id })), collection: 'users' as const }
    const series = await server.payload.create({
      collection: 'line-step-series' as 'users',
      data: { active: false, name: '監査の確認', steps: [{ day: 0, text: 'ようこそ' }], trigger: 'follow' } as never,
      overrideAccess: false,
      user,
    })
    await server.payload.update({
      collection: 'line-step-series' as 'users',
      data: { active: true } as never,
      id: series.id,
      overrideAccess: false,
      user,
    })
    const { docs } = await server.payload.find({
      collection: 'audit-events' as 'users',
      overrideAccess: true,
      sort: 'createdAt',
      where: { and: [{ collection: { equals: 'line-step-series' } }, { documentId: { equals: String(series.id) } }] },
    })
    const events = docs as unknown as { action: string; changes?: unknown }[]
    expect(events.map((e) => e.action)).toEqual(['create', 'update'])
    expect(JSON.stringify(events[1].changes)).toContain('active')
  })
})
