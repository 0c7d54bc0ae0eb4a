import type { CollectionConfig, Config, Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { ideaBoxPlugin } from '../index'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
const base = { collections: [users, { fields: [], slug: 'departments' }], secret: 'x' } as unknown as Config
const SLUGS = ['ideas', 'idea-votes', 'idea-comments', 'idea-flags', 'idea-attachments', 'idea-follows']

const find = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!

/** The stored shape of fields (what the database schema is made of), without labels or hooks. */
/** What a field stores: ui fields store nothing, so the disabled plugin may drop the ones that need its endpoints. */
const schemaOf = (fields: Field[]): Record<string, unknown>[] =>
  fields
    .filter((field) => field.type !== 'ui')
    .map((field) => {
      const { access: _a, admin: _b, filterOptions: _f, label: _l, validate: _v, ...rest } = field as Record<string, unknown>
      const options = (rest.options as { value: string }[] | undefined)?.map((o) => o.value)
      const nested = rest.fields ? schemaOf(rest.fields as Field[]) : undefined
      return { ...rest, ...(options && { options }), ...(nested && { fields: nested }) }
    })

describe('ideaBoxPlugin config', () => {
  it('adds its six collections after the app’s, with Japanese and English labels', () => {
    const config = ideaBoxPlugin()(base)
    expect(config.collections!.map((c) => c.slug)).toEqual(['users', 'departments', ...SLUGS])
    expect(find(config, 'ideas').labels?.plural).toEqual({ en: 'Ideas', ja: 'アイデア・困りごと' })
    const state = (find(config, 'ideas').fields as { name?: string; options?: unknown }[]).find((f) => f.name === 'state')
    expect(state?.options).toContainEqual({ label: { en: 'Under consideration', ja: '検討中' }, value: 'considering' })
    expect((config.i18n?.translations as Record<string, any>).ja['plugin-idea-box']['error.alreadyVoted']).toBe(
      'この提案には既に投票しています',
    )
    expect(config.loggingLevels).toMatchObject({ Refusal: 'info' })
  })

  it('points its relations at the organisation’s collections', () => {
    const config = ideaBoxPlugin({ organisation: { departments: 'sections', users: 'staff' } })(base)
    const fields = find(config, 'ideas').fields as { name?: string; relationTo?: string }[]
    expect(fields.find((f) => f.name === 'targetDepartment')?.relationTo).toBe('sections')
    expect(fields.find((f) => f.name === 'author')?.relationTo).toBe('staff')
  })

  it('applies overrides keyed by collection slug', () => {
    const config = ideaBoxPlugin({
      overrides: { 'idea-votes': (c) => ({ ...c, admin: { ...c.admin, group: 'カスタム' } }) },
    })(base)
    expect(find(config, 'idea-votes').admin!.group).toBe('カスタム')
    expect(find(config, 'ideas').admin!.group).toEqual({ en: 'Idea box', ja: 'アイデアボックス' })
  })

  it('keeps the same schema when disabled, but no writes, no endpoints and no hook but the privacy guard', async () => {
    const enabled = ideaBoxPlugin()(base)
    const disabled = ideaBoxPlugin({ disabled: true })(base)
    const req = { user: { collection: 'users', id: 1, roles: ['admin'] } }
    for (const slug of SLUGS) {
      const [on, off] = [find(enabled, slug), find(disabled, slug)]
      expect([slug, schemaOf(off.fields)]).toEqual([slug, schemaOf(on.fields)])
      expect(off.indexes).toEqual(on.indexes)
      for (const op of ['create', 'update', 'delete'] as const) expect(await off.access![op]!({ req } as never)).toBe(false)
      expect(Object.entries(off.hooks ?? {}).filter(([kind, list]) => kind !== 'beforeOperation' && list?.length)).toEqual([])
      expect(off.endpoints).toEqual([])
    }
    expect(find(enabled, 'ideas').endpoints).toHaveLength(8)
  })
})
