import type { Config, Payload } from 'payload'

import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { linePlugin, lineOptionsOf } from '@akita-dx/plugin-line'
import { createTestUser, serve, type TestServer, testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { TEST_RESIDENTS, userIdFor } from '@akita-dx/test-support/line'

import { lineAnalyticsPlugin } from '../index'
import { bootAnalyticsPayload } from './helpers/boot'
import { NOTICES, TestNotices } from './helpers/config'
import { seedNotice } from './helpers/fixtures'
import { PHONE, request } from './helpers/http'

const install = (disabled: boolean): Config =>
  lineAnalyticsPlugin({ disabled })(
    linePlugin({ collections: [NOTICES], residents: TEST_RESIDENTS })({
      collections: [testUsers, testDepartments, TestNotices],
      db: testDatabaseAdapter(),
      secret: 'x',
    }),
  )

const shapeOf = (config: Config) =>
  (config.collections ?? []).map((c) => ({
    fields: c.fields.map((f) =>
      'name' in f ? `${f.name}:${f.type}${'index' in f && f.index ? ':index' : ''}${'unique' in f && f.unique ? ':unique' : ''}` : f.type,
    ),
    indexes: c.indexes,
    slug: c.slug,
  }))

describe('lineAnalyticsPlugin({ disabled: true })', () => {
  it('keeps the same schema but adds no transform, route, background task, endpoint or admin view', () => {
    const enabled = install(false)
    const disabled = install(true)
    expect(shapeOf(disabled)).toEqual(shapeOf(enabled))
    expect(lineOptionsOf(disabled).transforms).toEqual([])
    expect(serverRoutesOf(disabled).map((r) => r.name)).toEqual(['line-webhook'])
    expect(backgroundTasksOf(disabled).map((t) => t.name)).toEqual(
      backgroundTasksOf(enabled)
        .map((t) => t.name)
        .filter((n) => !n.startsWith('line-analytics')),
    )
    expect((disabled.endpoints ?? []).filter((e) => e.path.startsWith('/line-analytics'))).toEqual([])
    expect(disabled.admin?.components?.views?.lineAnalytics).toBeUndefined()
    expect(disabled.admin?.components?.afterDashboard ?? []).toEqual([])
  })
})

describe('a disabled plugin in a running app', () => {
  let payload: Payload
  let server: TestServer

  beforeAll(async () => {
    payload = await bootAnalyticsPayload({ analytics: { disabled: true } })
    server = await serve(payload)
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  it('stores a delivery with the original links, makes no codes and serves no redirect or endpoint', async () => {
    const user = await createTestUser(payload, { roles: ['editor'] })
    await payload.update({ collection: 'users', data: { lineUserIds: [userIdFor('disabled-editor')] }, id: user.id, overrideAccess: true })
    const notice = await seedNotice(payload)
    const delivery = await payload.create({
      collection: 'line-deliveries',
      data: { collection: NOTICES, document: String(notice.id), mode: 'test', scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
      overrideAccess: true,
      user: { ...user, collection: 'users', roles: ['editor'] } as never,
    })
    const sent = JSON.stringify(delivery.messages)
    expect(sent).toContain('"https://www.pref.akita.example/kosodate/kyufu/apply?from=line"')
    expect(sent).not.toMatch(/\/l\/[0-9A-Za-z]{8,}/)
    expect((await payload.count({ collection: 'line-tracked-links', overrideAccess: true })).totalDocs).toBe(0)
    const tap = await request(`${server.baseUrl}/l/AbCdEfGh1234`, { headers: { 'user-agent': PHONE } })
    expect(tap.status).toBe(404)
    expect(tap.headers['content-type']).toMatch(/json/)
    expect((await request(`${server.baseUrl}/api/line-analytics/summary`)).status).toBe(404)
  })
})
