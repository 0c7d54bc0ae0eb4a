import type { CollectionConfig, Config } from 'payload'

import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import { describe, expect, it } from '@jest/globals'
import { linePlugin, lineOptionsOf } from '@akita-dx/plugin-line'
import { testDatabaseAdapter, testDepartments, testUsers } from '@akita-dx/test-support'
import { TEST_RESIDENTS } from '@akita-dx/test-support/line'

import { analyticsOptionsOf, lineAnalyticsPlugin, type LineAnalyticsOptions } from '../index'
import { NOTICES, TestNotices } from './helpers/config'

const withLine = (): Config =>
  linePlugin({ collections: [NOTICES], residents: TEST_RESIDENTS })({
    admin: { components: { afterDashboard: ['/x#Before'], views: { other: { Component: '/x#Other', path: '/other' } } } },
    collections: [testUsers, testDepartments, TestNotices],
    db: testDatabaseAdapter(),
    endpoints: [{ handler: () => new Response(), method: 'get', path: '/existing' }],
    secret: 'line-analytics-plugin-test',
  })
const install = (options?: LineAnalyticsOptions) => lineAnalyticsPlugin(options)(withLine())

const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug) as CollectionConfig
const fieldNames = (collection: CollectionConfig) => collection.fields.map((f) => ('name' in f ? f.name : ''))

describe('lineAnalyticsPlugin installed after the LINE plugin', () => {
  it('adds its collections, the panels, endpoints, admin components, route and tasks without dropping what was there', () => {
    const before = withLine()
    const config = install()
    expect(slugs(config)).toEqual([
      ...slugs(before),
      'line-tracked-links',
      'line-link-clicks',
      'line-insight-snapshots',
      'line-account-stats',
      'line-click-days',
      'leases',
    ])
    expect(fieldNames(find(config, NOTICES))).toEqual([...fieldNames(find(before, NOTICES)), 'lineAnalytics'])
    expect(fieldNames(find(config, 'line-segments'))).toEqual([...fieldNames(find(before, 'line-segments')), 'statisticsWarning'])
    expect(find(config, NOTICES).fields.at(-1)).toMatchObject({
      admin: { components: { Field: '@akita-dx/plugin-line-analytics/client#DocumentPanel' } },
    })
    expect(config.endpoints!.map((e) => e.path)).toEqual([
      '/existing',
      '/line-analytics/deliveries/:id',
      '/line-analytics/deliveries/:id/insight',
      '/line-analytics/summary',
      '/line-analytics/export',
      '/line-analytics/documents/:collection/:id',
      '/line-analytics/segments/:id',
    ])
    const components = config.admin!.components!
    expect(components.afterDashboard).toEqual(['/x#Before', '@akita-dx/plugin-line-analytics/rsc#DashboardWidget'])
    expect(components.afterNavLinks).toEqual(['@akita-dx/plugin-line-analytics/rsc#NavLink'])
    expect(components.views).toEqual({
      lineAnalytics: { Component: '@akita-dx/plugin-line-analytics/rsc#AnalyticsView', path: '/line-analytics' },
      other: { Component: '/x#Other', path: '/other' },
    })
    expect(lineOptionsOf(config).transforms.map((t) => t.name)).toEqual(['line-analytics-tracked-links'])
    expect(serverRoutesOf(config).map((r) => [r.name, r.method, r.path])).toEqual([
      ['line-webhook', 'POST', '/line/webhook'],
      ['line-analytics-redirect', 'GET', '/l/:code'],
    ])
    const tasks = backgroundTasksOf(config).filter((t) => t.name.startsWith('line-analytics'))
    expect(tasks.map((t) => ({ cron: t.cron, leaseMs: t.leaseMs, name: t.name, scope: t.scope, start: typeof t.start }))).toEqual([
      { cron: undefined, leaseMs: undefined, name: 'line-analytics-clicks', scope: 'process', start: 'function' },
      { cron: '0 */5 * * * *', leaseMs: 15 * 60_000, name: 'line-analytics-insight', scope: 'deployment', start: 'undefined' },
      { cron: '0 50 3 * * *', leaseMs: undefined, name: 'line-analytics-retention', scope: 'deployment', start: 'undefined' },
    ])
  })

  it('takes its organisation, categories and sources from the LINE plugin unless told otherwise', () => {
    const options = analyticsOptionsOf(install())
    expect(options.sources).toEqual([NOTICES])
    expect(options.categories.map((c) => c.value)).toEqual(TEST_RESIDENTS.interests.map((i) => i.value))
    expect(options.organisation.users).toBe('users')
    expect(options.publicBaseUrl).toBeUndefined()
    const own = analyticsOptionsOf(install({ organisation: { users: 'staff' }, publicBaseUrl: 'https://t.example/', redirectPath: 'go/' }))
    expect(own).toMatchObject({ publicBaseUrl: 'https://t.example', redirectPath: '/go' })
    expect(own.organisation.users).toBe('staff')
  })

  it('applies overrides keyed by slug, but never to the daily roll-up', async () => {
    const config = install({
      overrides: {
        'line-link-clicks': (c) => ({ ...c, admin: { ...c.admin, description: 'overridden' } }),
        ['line-click-days' as never]: () => {
          throw new Error('the roll-up is not overridable')
        },
      },
    })
    expect(find(config, 'line-link-clicks').admin?.description).toBe('overridden')
    const days = find(config, 'line-click-days')
    expect(days.admin?.hidden).toBe(true)
    const as = (user: unknown) => ({ req: { user } }) as never
    for (const op of ['create', 'update', 'delete'] as const) expect(await days.access![op]!(as({ roles: ['admin'] }))).toBe(false)
    expect(await days.access!.read!(as(null))).toBe(false)
    expect(await days.access!.read!(as({ roles: ['editor'] }))).toBe(false)
    expect(await days.access!.read!(as({ roles: ['admin'] }))).toBe(true)
    expect(days.indexes).toEqual([{ fields: ['day', 'delivery'], unique: true }])
  })

  it('refuses bad options and a config without the LINE plugin', () => {
    expect(() => install({ codeLength: 6 })).toThrow(/codeLength/)
    expect(() => install({ codeLength: 40 })).toThrow(/codeLength/)
    expect(() => install({ flushIntervalMs: 0 })).toThrow(/flushIntervalMs/)
    expect(() => lineAnalyticsPlugin()({ collections: [testUsers], secret: 'x' } as Config)).toThrow(/linePlugin/)
  })

  it('labels its collections in Japanese first, and in English', () => {
    const links = find(install(), 'line-tracked-links')
    expect(links.labels).toEqual({ plural: { en: 'Tracked links', ja: '計測リンク' }, singular: { en: 'Tracked link', ja: '計測リンク' } })
  })
})
