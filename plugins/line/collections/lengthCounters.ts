import type { CollectionConfig, Field } from 'payload'

import type { ResolvedSourceCollection } from '../types'

const COUNTER = '@akita-dx/plugin-line/client#LengthCounter'

type Components = { afterInput?: unknown[] }
type Names = { links: string; texts: string[] }

/** A text field with a length limit gets the counter after its input, beside its own components. */
const counted = (field: Field): Field => {
  if ((field.type !== 'text' && field.type !== 'textarea') || !field.maxLength) return field
  const components = (field.admin?.components ?? {}) as Components
  return {
    ...field,
    admin: { ...field.admin, components: { ...components, afterInput: [...(components.afterInput ?? []), COUNTER] } },
  } as Field
}

/** The fields a message is built from, wherever they sit (rows, tabs, the links array's labels). */
const withCounters = (fields: Field[], names: Names, inLinks = false): Field[] =>
  fields.map((field) => {
    const name = 'name' in field ? field.name : undefined
    if (name && (names.texts.includes(name) || (inLinks && name === 'label'))) return counted(field)
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withCounters(tab.fields, names, inLinks) })) }
    if ('fields' in field) return { ...field, fields: withCounters(field.fields, names, inLinks || name === names.links) } as Field
    return field
  })

/** Live length counters on a source collection's title, summary and link labels. */
export const withLengthCounters = (collection: CollectionConfig, source: ResolvedSourceCollection): CollectionConfig => ({
  ...collection,
  fields: withCounters(collection.fields, { links: source.fields.links, texts: [source.fields.title, source.fields.summary] }),
})
