import type { Config, Payload } from 'payload'

import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bootConfig, createTestUser, shutdownPayload, testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { TEST_RESIDENTS, userIdFor } from '@akita-dx/test-support/line'
import { buildConfig } from 'payload'

import { addMessageTransform, LINE_SLUGS, linePlugin, lineOptionsOf, type MessageTransformArgs } from '../index'
import { TestNotices } from './helpers/config'

const base = (): Config => ({
  collections: [testUsers, testDepartments, TestNotices],
  db: testDatabaseAdapter(),
  secret: 'line-plugin-test',
})
const install = (options: Partial<Parameters<typeof linePlugin>[0]> = {}) =>
  linePlugin({ collections: ['line-test-notices'], residents: TEST_RESIDENTS, ...options })(base())

const shapeOf = (config: Config) =>
  (config.collections ?? []).map((c) => ({ fields: c.fields.map((f) => ('name' in f ? `${f.name}:${f.type}` : f.type)), slug: c.slug }))

describe('the LINE plugin installed into a bare app', () => {
  it('adds its collections, the users’ test ids and the send panel, once however often it is installed', () => {
    const once = install()
    const twice = linePlugin({ collections: ['line-test-notices'], residents: TEST_RESIDENTS })(once)
    const users = (twice.collections ?? []).find((c) => c.slug === 'users')!
    expect(users.fields.filter((f) => 'name' in f && f.name === 'lineUserIds')).toHaveLength(1)
    const notices = (twice.collections ?? []).find((c) => c.slug === 'line-test-notices')!
    expect(notices.fields.filter((f) => 'name' in f && f.name === 'lineSend')).toHaveLength(1)
    // One hook that sends a waiting request back when the notice changes, not one per install.
    expect(notices.hooks?.afterChange).toHaveLength((TestNotices.hooks?.afterChange?.length ?? 0) + 1)
    // Editors choose the source by its own label, not its slug.
    const deliveries = (twice.collections ?? []).find((c) => c.slug === LINE_SLUGS.deliveries)!
    const source = deliveries.fields.find((f) => 'name' in f && f.name === 'collection') as { options: unknown[] }
    expect(source.options).toEqual([{ label: { en: 'Test notice', ja: 'テストのお知らせ' }, value: 'line-test-notices' }])
    const { reminders, richMenus, ...always } = LINE_SLUGS
    expect((once.collections ?? []).map((c) => c.slug)).toEqual(expect.arrayContaining(Object.values(always)))
    // Rich menus need an upload collection for their images, reminders a programmes collection:
    // they come only with the options that name them.
    expect((once.collections ?? []).map((c) => c.slug)).not.toContain(richMenus)
    expect((once.collections ?? []).map((c) => c.slug)).not.toContain(reminders)
    const withReminders = linePlugin({
      collections: ['line-test-notices'],
      reminders: { interest: 'kigyo', slug: 'programmes' },
      residents: TEST_RESIDENTS,
    })(install())
    expect((withReminders.collections ?? []).map((c) => c.slug)).toContain(reminders)
    expect(backgroundTasksOf(withReminders).map((t) => t.name)).toContain('line-reminders')
    expect(() =>
      linePlugin({ collections: ['line-test-notices'], reminders: { interest: 'sogyo', slug: 'programmes' }, residents: TEST_RESIDENTS })(
        install(),
      ),
    ).toThrow('reminders.interest must be one of residents.interests')
    const withMenus = linePlugin({ collections: ['line-test-notices'], residents: TEST_RESIDENTS, richMenus: { media: 'media' } })(
      install(),
    )
    const menus = (withMenus.collections ?? []).find((c) => c.slug === richMenus)!
    expect(menus.fields.find((f) => 'name' in f && f.name === 'image')).toMatchObject({ relationTo: 'media', type: 'upload' })
  })

  it('keeps no 対象市町村 in scope on a collection that has none (municipalities: null), but still sends from it', () => {
    const hooksOf = (config: Config) => (config.collections ?? []).find((c) => c.slug === 'line-test-notices')!.hooks?.beforeChange ?? []
    const own = TestNotices.hooks?.beforeChange?.length ?? 0
    expect(hooksOf(install())).toHaveLength(own + 1)
    const without = install({ collections: [{ fields: { municipalities: null }, slug: 'line-test-notices' }] })
    expect(hooksOf(without)).toHaveLength(own)
    const notices = (without.collections ?? []).find((c) => c.slug === 'line-test-notices')!
    expect(notices.fields.filter((f) => 'name' in f && f.name === 'lineSend')).toHaveLength(1)
    expect(lineOptionsOf(without).collections[0].fields.municipalities).toBeNull()
  })

  it('disabled keeps the same schema but declares no route, no background work and no endpoint', () => {
    const enabled = install()
    const disabled = install({ disabled: true })
    expect(shapeOf(disabled)).toEqual(shapeOf(enabled))
    expect(serverRoutesOf(enabled).map((r) => r.name)).toEqual(['line-webhook'])
    expect(backgroundTasksOf(enabled).map((t) => t.name)).toEqual(['line-deliveries', 'line-webhook-sweep', 'line-retention', 'line-steps'])
    expect(serverRoutesOf(disabled)).toEqual([])
    expect(backgroundTasksOf(disabled)).toEqual([])
    const own = new Set<string>(Object.values(LINE_SLUGS))
    const endpoints = (config: Config) =>
      (config.collections ?? []).filter((c) => own.has(c.slug)).flatMap((c) => (Array.isArray(c.endpoints) ? c.endpoints : []))
    expect(endpoints(enabled).length).toBeGreaterThan(0)
    expect(endpoints(disabled)).toEqual([])
  })

  it('applies overrides keyed by slug and keeps the app’s own names (organisation)', () => {
    const config = install({
      organisation: { departments: 'sections', users: 'staff' },
      overrides: { 'line-segments': (c) => ({ ...c, admin: { ...c.admin, description: 'overridden' } }) },
    })
    expect((config.collections ?? []).find((c) => c.slug === 'line-segments')?.admin?.description).toBe('overridden')
    const inquiries = (config.collections ?? []).find((c) => c.slug === 'line-inquiries')!
    expect(inquiries.fields.find((f) => 'name' in f && f.name === 'department')).toMatchObject({ relationTo: 'sections' })
    expect(lineOptionsOf(config).organisation.users).toBe('staff')
  })
})

describe('message transforms added by another plugin', () => {
  let payload: Payload
  const seen: { created: string[]; delivery: number | string; sourceTitle: unknown }[] = []
  let sourceLoads = 0

  beforeAll(async () => {
    const withLine = install()
    const config = addMessageTransform(withLine, {
      name: 'test-stamp',
      onCreated: async ({ created, delivery }) => {
        seen.push({ created, delivery: delivery.id, sourceTitle: seen.at(-1)?.sourceTitle })
      },
      transform: async ({ messages, source }: MessageTransformArgs) => {
        sourceLoads += 1
        seen.push({ created: [], delivery: '', sourceTitle: source.doc.title })
        return { created: ['k1', 'k2'], messages: [...messages, { text: `stamped: ${String(source.doc.title)}`, type: 'text' }] }
      },
    })
    payload = await bootConfig(buildConfig(config))
  })
  afterAll(() => shutdownPayload(payload))

  it('gets the loaded source document, changes what is stored, and learns the new delivery’s id', async () => {
    const user = await createTestUser(payload, { roles: ['editor'] })
    await payload.update({ collection: 'users', data: { lineUserIds: [userIdFor('transform-editor')] }, id: user.id, overrideAccess: true })
    const notice = await payload.create({ collection: 'line-test-notices', data: { title: '大雪への備え' }, overrideAccess: true })
    const delivery = await payload.create({
      collection: 'line-deliveries',
      data: {
        collection: 'line-test-notices',
        document: String(notice.id),
        mode: 'test',
        scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
      overrideAccess: true,
      user: { ...user, collection: 'users', roles: ['editor'] } as never,
    })
    expect(sourceLoads).toBe(1)
    expect(seen[0].sourceTitle).toBe('大雪への備え')
    expect(seen[1]).toMatchObject({ created: ['k1', 'k2'], delivery: delivery.id })
    expect((delivery.messages as { text?: string }[]).at(-1)).toEqual({ text: 'stamped: 大雪への備え', type: 'text' })
  })
})
