import type { CollectionConfig, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { linePlugin } from '@akita-dx/plugin-line'
import { bootConfig, serve, type TestServer, testDatabaseAdapter } from '@akita-dx/test-support'
import { userIdFor } from '@akita-dx/test-support/line'
import { buildConfig } from 'payload'

import { LINE_ANALYTICS_SLUGS, lineAnalyticsPlugin } from '../index'

const organisation = {
  departments: 'sections',
  roles: { admin: ['admin'], editor: ['admin', 'koho'], staff: ['admin', 'koho', 'shokuin'] },
  users: 'staff',
}

const Staff: CollectionConfig = {
  slug: 'staff',
  auth: true,
  fields: [
    { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'koho', 'shokuin'], saveToJWT: true },
    { name: 'department', type: 'relationship', relationTo: 'sections', saveToJWT: true },
  ],
}
const Sections: CollectionConfig = {
  slug: 'sections',
  fields: [
    { name: 'name', type: 'text' },
    { name: 'code', type: 'text', unique: true },
  ],
}
/** A source without category or department: the analytics only need what the LINE plugin sends. */
const News: CollectionConfig = {
  slug: 'news',
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'lead', type: 'textarea' },
  ],
}

/** Another prefecture's app, with its own names for staff, departments, roles and its source collection. */
describe('click analytics in an app with other names', () => {
  let payload: Payload
  let server: TestServer

  beforeAll(async () => {
    const config = buildConfig({
      collections: [Staff, Sections, News],
      db: testDatabaseAdapter(),
      plugins: [
        linePlugin({
          collections: [
            {
              fields: { summary: 'lead', title: 'headline' },
              slug: 'news',
              url: (doc) => `https://www.pref.yamagata.example/news/${String(doc.id)}`,
            },
          ],
          organisation,
          // Yamagata's 広報 section sends for every section, as 広報広聴課 does in Akita.
          sendForAllDepartments: ['koho'],
          residents: { interests: [{ label: '防災', value: 'bousai' }], municipalities: [{ label: '山形市', value: 'yamagata' }] },
        }),
        lineAnalyticsPlugin(),
      ],
      secret: 'other-names',
      telemetry: false,
      typescript: { autoGenerate: false },
    })
    payload = await bootConfig(config)
    server = await serve(payload)
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  it('tracks the links of a delivery and shows its figures to the app’s editors only', async () => {
    const password = 'pw-Yamagata-1!'
    const section = await payload.create({ collection: 'sections', data: { code: 'koho', name: '広報室' }, overrideAccess: true })
    const editor = await payload.create({
      collection: 'staff',
      data: {
        department: section.id,
        email: 'koho@pref.yamagata.example',
        lineUserIds: [userIdFor('yamagata')],
        password,
        roles: ['koho'],
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'staff',
      data: { email: 'shokuin@pref.yamagata.example', password, roles: ['shokuin'] },
      overrideAccess: true,
    })
    const news = await payload.create({
      collection: 'news',
      data: { headline: '大雨への備え', lead: '避難所を確認してください。' },
      overrideAccess: true,
    })
    const delivery = await payload.create({
      collection: 'line-deliveries',
      data: { collection: 'news', document: String(news.id), mode: 'test', scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
      overrideAccess: true,
      user: { ...editor, collection: 'staff' } as never,
    })
    const links = await payload.find({
      collection: LINE_ANALYTICS_SLUGS.links,
      overrideAccess: true,
      where: { delivery: { equals: delivery.id } },
    })
    expect(links.docs).toEqual([
      expect.objectContaining({
        category: null,
        department: null,
        document: `news:${news.id}`,
        url: `https://www.pref.yamagata.example/news/${news.id}`,
      }),
    ])
    expect(JSON.stringify(delivery.messages)).toContain(`/l/${links.docs[0].code}`)

    const login = async (email: string) => {
      const res = await fetch(`${server.baseUrl}/api/staff/login`, {
        body: JSON.stringify({ email, password }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return { authorization: `JWT ${((await res.json()) as { token: string }).token}` }
    }
    const summary = await fetch(`${server.baseUrl}/api/line-analytics/summary`, { headers: await login('koho@pref.yamagata.example') })
    expect(summary.status).toBe(200)
    expect(((await summary.json()) as { options: { departments: unknown[] } }).options.departments).toEqual([
      { label: '広報室', value: String(section.id) },
    ])
    expect(
      (await fetch(`${server.baseUrl}/api/line-analytics/summary`, { headers: await login('shokuin@pref.yamagata.example') })).status,
    ).toBe(403)
  })
})
