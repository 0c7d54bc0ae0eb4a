import type { CollectionConfig, Field } from 'payload'

import { mapFieldsDeep } from '@akita-dx/plugin-core'

import type { ResolvedSourceCollection } from '../types'

const COUNTER = '@akita-dx/plugin-line/client#LengthCounter'

type Components = { afterInput?: unknown[] }

/** A text field with a length limit gets the counter after its input, beside its own components. */
const counted = (field: Field): Field => {
  if ((field.type !== 'text' && field.type !== 'textarea') || !field.maxLength) return field
  const components = (field.admin?.components ?? {}) as Components
  return {
    ...field,
    admin: { ...field.admin, components: { ...components, afterInput: [...(components.afterInput ?? []), COUNTER] } },
  } as Field
}

/** Live length counters on a source collection's title, summary and link labels. */
export const withLengthCounters = (collection: CollectionConfig, source: ResolvedSourceCollection): CollectionConfig => ({
  ...collection,
  // Wherever they sit (rows, tabs), and the labels of the links array's rows.
  fields: mapFieldsDeep(collection.fields, (field, within) => {
    const name = 'name' in field ? field.name : undefined
    const texts = [source.fields.title, source.fields.summary]
    return name && (texts.includes(name) || (name === 'label' && source.fields.links !== null && within.includes(source.fields.links)))
      ? counted(field)
      : field
  }),
})
