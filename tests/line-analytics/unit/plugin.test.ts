import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { lineAnalyticsPlugin } from '../../../plugins/line-analytics'

const hook = () => undefined
const transform = async ({ messages }: { messages: unknown[] }) => messages
const base = (): Config =>
  ({
    admin: { components: { afterDashboard: ['/x#Before'], views: { other: { Component: '/x#Other', path: '/other' } } } },
    collections: [
      { fields: [{ name: 'title', type: 'text' }], slug: 'announcements' },
      { fields: [], hooks: { afterChange: [hook] }, slug: 'line-deliveries' },
      { fields: [{ name: 'name', type: 'text' }], slug: 'line-segments' },
    ],
    custom: { lineMessageTransforms: [transform], serverExtensions: [{ name: 'line' }] },
    endpoints: [{ handler: () => new Response(), method: 'get', path: '/existing' }],
  }) as unknown as Config

const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug) as CollectionConfig

describe('lineAnalyticsPlugin', () => {
  it('adds its collections, fields, endpoints, views and transform without dropping what was there', () => {
    const config = lineAnalyticsPlugin()(base())
    expect(slugs(config)).toEqual(['announcements', 'line-deliveries', 'line-segments', 'line-tracked-links', 'line-link-clicks', 'line-insight-snapshots', 'line-account-stats', 'line-click-days'])
    expect(find(config, 'line-deliveries').hooks!.afterChange).toHaveLength(2)
    expect(find(config, 'line-deliveries').hooks!.afterChange![0]).toBe(hook)
    expect(find(config, 'announcements').fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['title', 'lineAnalytics'])
    expect(find(config, 'line-segments').fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['name', 'statisticsWarning'])
    expect(config.endpoints!.map((e) => e.path)).toEqual([
      '/existing',
      '/line-analytics/deliveries/:id',
      '/line-analytics/deliveries/:id/insight',
      '/line-analytics/summary',
      '/line-analytics/export',
      '/line-analytics/documents/:collection/:id',
      '/line-analytics/segments/:id',
    ])
    expect(config.admin!.components!.afterDashboard).toEqual(['/x#Before', '/plugins/line-analytics/components/DashboardWidget#DashboardWidget'])
    expect(Object.keys(config.admin!.components!.views!)).toEqual(['other', 'lineAnalytics'])
    expect((config.admin!.components!.views as Record<string, { path: string }>).lineAnalytics.path).toBe('/line-analytics')
    const transforms = config.custom!.lineMessageTransforms as unknown[]
    expect(transforms).toHaveLength(2)
    expect(transforms[0]).toBe(transform)
    expect((config.custom!.serverExtensions as { name: string }[]).map((e) => e.name)).toEqual(['line', 'line-analytics'])
  })

  it('keeps the same schema when disabled, without the server extension', () => {
    const enabled = lineAnalyticsPlugin()(base())
    const disabled = lineAnalyticsPlugin({ disabled: true })(base())
    expect(slugs(disabled)).toEqual(slugs(enabled))
    expect(find(disabled, 'announcements').fields).toHaveLength(2)
    expect((disabled.custom!.serverExtensions as { name: string }[]).map((e) => e.name)).toEqual(['line'])
  })

  it('adds no announcement panel when there is no announcements collection', () => {
    const config = lineAnalyticsPlugin()({ ...base(), collections: [{ fields: [], slug: 'users' }] } as unknown as Config)
    expect(slugs(config)).toEqual(['users', 'line-tracked-links', 'line-link-clicks', 'line-insight-snapshots', 'line-account-stats', 'line-click-days'])
  })

  it('keeps the daily click roll-up out of the admin nav, unreadable without an admin, written by nobody', async () => {
    const days = find(lineAnalyticsPlugin({ overrides: { 'line-link-clicks': (c) => c } })(base()), 'line-click-days')
    expect(days.admin?.hidden).toBe(true)
    const access = days.access!
    const as = (user: unknown) => ({ req: { user } }) as never
    for (const op of ['create', 'update', 'delete'] as const) {
      expect(await access[op]!(as({ roles: ['admin'] }))).toBe(false)
    }
    expect(await access.read!(as(null))).toBe(false)
    expect(await access.read!(as({ roles: ['editor'] }))).toBe(false)
    expect(await access.read!(as({ roles: ['admin'] }))).toBe(true)
    expect(days.indexes).toEqual([{ fields: ['day', 'delivery'], unique: true }])
  })

  it('refuses codes shorter than 8 characters', () => {
    expect(() => lineAnalyticsPlugin({ codeLength: 6 })(base())).toThrow(/codeLength/)
  })
})
