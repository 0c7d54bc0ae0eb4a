import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { talentBankPlugin } from '../index'

const users: CollectionConfig = {
  fields: [],
  hooks: { beforeDelete: [() => undefined] },
  slug: 'users',
}
const base = { collections: [users, { fields: [], slug: 'departments' }], secret: 'x' } as unknown as Config

const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!

describe('talentBankPlugin config', () => {
  it('adds its four collections after the existing ones and keeps their hooks', () => {
    const config = talentBankPlugin()(base)
    expect(slugs(config)).toEqual(['users', 'departments', 'skills', 'staff-profiles', 'help-requests', 'help-matches'])
    const hooks = find(config, 'users').hooks!.beforeDelete!
    expect(hooks).toHaveLength(2)
    expect(hooks[0]).toBe(users.hooks!.beforeDelete![0])
  })

  it('serves the matches endpoint and runs its hooks unless disabled', () => {
    const enabled = talentBankPlugin()(base)
    expect(find(enabled, 'help-requests').endpoints).toEqual([expect.objectContaining({ method: 'get', path: '/:id/matches' })])
    expect(find(enabled, 'staff-profiles').hooks!.beforeChange).toHaveLength(4)
  })

  it('keeps the same schema when disabled, but no endpoint, no write access and no change hooks', async () => {
    const enabled = talentBankPlugin()(base)
    const disabled = talentBankPlugin({ disabled: true })(base)
    expect(slugs(disabled)).toEqual(slugs(enabled))
    for (const slug of ['skills', 'staff-profiles', 'help-requests', 'help-matches']) {
      expect(JSON.stringify(find(disabled, slug).fields)).toEqual(JSON.stringify(find(enabled, slug).fields))
      const access = find(disabled, slug).access!
      const req = { user: { collection: 'users', id: 1, roles: ['admin'] } }
      for (const op of ['create', 'update', 'delete'] as const) expect(await access[op]!({ req } as never)).toBe(false)
      expect(find(disabled, slug).hooks?.beforeChange ?? []).toEqual([])
    }
    expect(find(disabled, 'help-requests').endpoints).toEqual([])
  })

  it('applies collection overrides', () => {
    const config = talentBankPlugin({
      overrides: { skills: (c) => ({ ...c, admin: { ...c.admin, group: 'カスタム' } }) },
    })(base)
    expect(find(config, 'skills').admin!.group).toBe('カスタム')
  })
})
