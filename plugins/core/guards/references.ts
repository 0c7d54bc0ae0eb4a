import type { CollectionBeforeDeleteHook, FlattenedField, Payload } from 'payload'

import { Refusal } from '../errors/refusal'
import { coreT } from '../translations'
import { markGuard } from './marker'

type Reference = { collection: string; label: string; path: string }

const NESTED = new Set(['group', 'tab'])

/** Required single relationships of a list of fields (into groups and tabs: columns of the same row). */
const requiredRelationships = (fields: FlattenedField[], target: string, prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (NESTED.has(field.type) && 'flattenedFields' in field)
      return requiredRelationships(field.flattenedFields, target, `${prefix}${field.name}.`)
    if (field.type !== 'relationship' && field.type !== 'upload') return []
    const { hasMany, relationTo, required } = field as { hasMany?: boolean; relationTo: string | string[]; required?: boolean }
    return required && !hasMany && relationTo === target ? [`${prefix}${field.name}`] : []
  })

const labelOf = (payload: Payload, slug: string) => {
  const plural = payload.collections[slug]?.config.labels?.plural as Record<string, string> | string | undefined
  if (typeof plural === 'string') return plural
  return plural?.[payload.config.i18n?.fallbackLanguage ?? 'ja'] ?? slug
}

const referencesTo = (payload: Payload, target: string): Reference[] =>
  payload.config.collections.flatMap((config) =>
    requiredRelationships(config.flattenedFields, target).map((path) => ({
      collection: config.slug,
      label: labelOf(payload, config.slug),
      path,
    })),
  )

/**
 * A document that another one must point at (a required relationship: a NOT NULL column whose
 * foreign key would set it to null) cannot be deleted while it is pointed at: 409 naming what
 * still refers to it, rather than the database's constraint failing as a 500.
 */
export const referencedDeleteGuard = (): CollectionBeforeDeleteHook =>
  markGuard('references', async ({ collection, id, req }) => {
    for (const reference of referencesTo(req.payload, collection.slug)) {
      const { totalDocs } = await req.payload.count({
        collection: reference.collection,
        overrideAccess: true,
        req,
        where: { [reference.path]: { equals: id } },
      })
      if (totalDocs > 0) throw new Refusal(409, coreT(req, 'stillReferenced', { collection: reference.label, count: totalDocs }))
    }
  })
