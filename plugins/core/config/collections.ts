import type { CollectionConfig, Config, Field } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Changes one collection of the config, if the app has it; every other collection is kept as is. */
export const mapCollection = (config: Config, slug: string, change: (collection: CollectionConfig) => CollectionConfig): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => (collection.slug === slug ? change(collection) : collection)),
})

/** Adds fields after the collection's own, skipping any it already has (a second install changes nothing). */
export const appendFields = (collection: CollectionConfig, fields: Field[]): CollectionConfig => {
  const names = new Set(collection.fields.map((field) => ('name' in field ? field.name : undefined)))
  const added = fields.filter((field) => !('name' in field) || !names.has(field.name))
  return added.length ? { ...collection, fields: [...collection.fields, ...added] } : collection
}

/** Adds hooks after the collection's own hooks of the same kind. */
export const appendHooks = (collection: CollectionConfig, hooks: Hooks): CollectionConfig => {
  const merged: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [kind, list] of Object.entries(hooks) as [string, unknown[]][]) merged[kind] = [...(merged[kind] ?? []), ...list]
  return { ...collection, hooks: merged as Hooks }
}

/** A plugin's `overrides` option: each keyed by the collection's slug, applied after the plugin built it. */
export type CollectionOverrides<Slug extends string = string> = Partial<Record<Slug, (collection: CollectionConfig) => CollectionConfig>>

export const applyOverrides = (collections: CollectionConfig[], overrides: CollectionOverrides = {}): CollectionConfig[] =>
  collections.map((collection) => overrides[collection.slug]?.(collection) ?? collection)

/**
 * Every field of a tree through `visit`, the nested ones first (inside tabs, rows, groups and
 * arrays), with the names of the fields it sits in (`['links']` for a link's label).
 */
export const mapFieldsDeep = (fields: Field[], visit: (field: Field, within: string[]) => Field, within: string[] = []): Field[] =>
  fields.map((field) => {
    const inner = 'name' in field ? [...within, field.name] : within
    if (field.type === 'tabs') {
      const tabs = field.tabs.map((tab) => ({
        ...tab,
        fields: mapFieldsDeep(tab.fields, visit, 'name' in tab && tab.name ? [...inner, tab.name] : inner),
      }))
      return visit({ ...field, tabs }, within)
    }
    if ('fields' in field) return visit({ ...field, fields: mapFieldsDeep(field.fields, visit, inner) } as Field, within)
    return visit(field, within)
  })
