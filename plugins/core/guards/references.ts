import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

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

/** The refusal of deleting `ids` while a required relationship still points at one of them, or null. */
const refusalFor = async (req: PayloadRequest, slug: string, ids: (number | string)[]): Promise<null | Refusal> => {
  for (const reference of referencesTo(req.payload, slug)) {
    const { totalDocs } = await req.payload.count({
      collection: reference.collection,
      overrideAccess: true,
      req,
      where: { [reference.path]: ids.length === 1 ? { equals: ids[0] } : { in: ids } },
    })
    if (totalDocs > 0) return new Refusal(409, coreT(req, 'stillReferenced', { collection: reference.label, count: totalDocs }))
  }
  return null
}

/**
 * A document that another one must point at (a required relationship: a NOT NULL column whose
 * foreign key would set it to null) cannot be deleted while it is pointed at: 409 naming what
 * still refers to it, rather than the database's constraint failing as a 500.
 */
export const referencedDeleteGuard = (): CollectionBeforeDeleteHook =>
  markGuard('references', async ({ collection, id, req }) => {
    const refusal = await refusalFor(req, collection.slug, [id])
    if (refusal) throw refusal
  })

/**
 * A delete of many (`DELETE /api/<slug>?where=…`) is all or nothing: Payload deletes each match
 * and reports the ones it could not, so one referenced document among them would leave the rest
 * deleted under a 400. Every match is checked first, and one still pointed at refuses them all.
 */
export const referencedBulkDeleteGuard = (): CollectionBeforeOperationHook =>
  markGuard('references-bulk', async ({ args, collection, operation, req }) => {
    const where = (args as { where?: Where }).where
    if (operation !== 'delete' || !where || referencesTo(req.payload, collection.slug).length === 0) return args
    let ids: (number | string)[]
    try {
      const found = await req.payload.find({
        collection: collection.slug,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where,
      })
      ids = found.docs.map((doc) => doc.id)
    } catch {
      // A where Payload's own operation refuses: it answers that itself.
      return args
    }
    const refusal = ids.length ? await refusalFor(req, collection.slug, ids) : null
    if (refusal) throw refusal
    return args
  })
