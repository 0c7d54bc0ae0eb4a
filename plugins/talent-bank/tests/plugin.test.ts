import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { talentBankPlugin } from '../index'

const users: CollectionConfig = {
  fields: [],
  hooks: { beforeDelete: [() => undefined] },
  slug: 'users',
}
const base = { collections: [users, { fields: [], slug: 'departments' }], secret: 'x' } as unknown as Config
const SLUGS = ['skills', 'staff-profiles', 'help-requests', 'help-matches']

/** The fields as the database sees them: `ui` fields (the admin's panels) have no column. */
const schemaOf = (fields: unknown) =>
  JSON.stringify(fields, (_key, value) => (Array.isArray(value) ? value.filter((f) => f?.type !== 'ui') : value))
const panelsOf = (config: Config) => JSON.stringify(config.collections).match(/@akita-dx\/plugin-talent-bank\/\w+#\w+/g) ?? []

const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!

describe('talentBankPlugin config', () => {
  it('adds its four collections after the existing ones and keeps their hooks', () => {
    const config = talentBankPlugin()(base)
    expect(slugs(config)).toEqual(['users', 'departments', ...SLUGS])
    const hooks = find(config, 'users').hooks!.beforeDelete!
    expect(hooks).toHaveLength(2)
    expect(hooks[0]).toBe(users.hooks!.beforeDelete![0])
  })

  it('labels in Japanese and English from its translations, and logs refusals at info level', () => {
    const config = talentBankPlugin()(base)
    expect(find(config, 'staff-profiles').labels?.singular).toEqual({ en: 'Staff profile', ja: '職員プロフィール' })
    expect(find(config, 'skills').admin?.group).toEqual({ en: 'Talent bank', ja: '人材バンク' })
    const translations = config.i18n?.translations as Record<string, any>
    expect(translations.en['plugin-talent-bank']['error.consentRequired']).toMatch(/consent/)
    expect(config.loggingLevels).toMatchObject({ Refusal: 'info' })
  })

  it('serves the matches and offers endpoints and runs its hooks unless disabled', () => {
    const enabled = talentBankPlugin()(base)
    expect(find(enabled, 'help-requests').endpoints).toEqual([
      expect.objectContaining({ method: 'get', path: '/:id/matches' }),
      expect.objectContaining({ method: 'post', path: '/:id/offers' }),
    ])
    expect(find(enabled, 'staff-profiles').endpoints).toEqual([
      expect.objectContaining({ method: 'get', path: '/search' }),
      expect.objectContaining({ method: 'get', path: '/:id/track-record' }),
    ])
    expect(find(enabled, 'staff-profiles').hooks!.beforeChange).toHaveLength(4)
  })

  it('keeps the same schema when disabled, but no endpoint, no write access and no hooks, on users neither', async () => {
    const enabled = talentBankPlugin()(base)
    const disabled = talentBankPlugin({ disabled: true })(base)
    expect(slugs(disabled)).toEqual(slugs(enabled))
    for (const slug of SLUGS) {
      expect(schemaOf(find(disabled, slug).fields)).toEqual(schemaOf(find(enabled, slug).fields))
      const access = find(disabled, slug).access!
      const req = { user: { collection: 'users', id: 1, roles: ['admin'] } }
      for (const op of ['create', 'update', 'delete'] as const) expect(await access[op]!({ req } as never)).toBe(false)
      expect(Object.values(find(disabled, slug).hooks ?? {}).flat()).toEqual([])
    }
    expect(find(disabled, 'help-requests').endpoints).toEqual([])
    expect(find(disabled, 'staff-profiles').endpoints).toEqual([])
    expect(find(disabled, 'users').hooks!.beforeDelete).toEqual(users.hooks!.beforeDelete)
  })

  it('adds the admin panels (候補者, 回答, 上長承認, 実績, bank search) unless disabled', () => {
    expect(panelsOf(talentBankPlugin()(base)).sort()).toEqual([
      '@akita-dx/plugin-talent-bank/client#ApprovalButtons',
      '@akita-dx/plugin-talent-bank/client#ProfileSearch',
      '@akita-dx/plugin-talent-bank/rsc#MatchDecision',
      '@akita-dx/plugin-talent-bank/rsc#RequestPanel',
      '@akita-dx/plugin-talent-bank/rsc#TrackRecord',
    ])
    expect(panelsOf(talentBankPlugin({ disabled: true })(base))).toEqual([])
  })

  it('points its relations and the users hook at the organisation’s collections', () => {
    const staff: CollectionConfig = { fields: [], slug: 'staff' }
    const config = talentBankPlugin({ organisation: { departments: 'sections', users: 'staff' } })({ ...base, collections: [staff] })
    const fields = find(config, 'staff-profiles').fields as { name?: string; relationTo?: string }[]
    expect(fields.find((f) => f.name === 'user')?.relationTo).toBe('staff')
    expect(fields.find((f) => f.name === 'currentDepartment')?.relationTo).toBe('sections')
    expect(find(config, 'staff').hooks?.beforeDelete).toHaveLength(1)
  })

  it('applies collection overrides keyed by slug', () => {
    const config = talentBankPlugin({
      overrides: { skills: (c) => ({ ...c, admin: { ...c.admin, group: 'カスタム' } }) },
    })(base)
    expect(find(config, 'skills').admin!.group).toBe('カスタム')
  })
})
