import type { FlattenedField, PayloadRequest, Where } from 'payload'

import { type ID, idKeyOf, idOf } from '../shared/ids'

export type Doc = Record<string, unknown>

const CONTAINERS = new Set(['array', 'blocks', 'group', 'tab'])

/**
 * The objects each field of a path step sits in: the document for the first, then the values of
 * groups and tabs and the rows of arrays and blocks. After a plain field Payload looks the next
 * name up among the document's own fields again, so that field sits in the document.
 */
export const containersOf = (doc: Doc, fields: FlattenedField[]): Doc[][] => {
  const levels: Doc[][] = [[doc]]
  for (let i = 0; i < fields.length - 1; i += 1) {
    if (!CONTAINERS.has(fields[i].type)) {
      levels.push([doc])
      continue
    }
    const next: Doc[] = []
    for (const container of levels[i]) {
      const value = container[fields[i].name]
      for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object') next.push(item as Doc)
    }
    levels.push(next)
  }
  return levels
}

/** The distinct ids a relationship holds in these containers, populated or not, one value or many. */
export const relatedIds = (containers: Doc[], field: FlattenedField): ID[] => {
  const ids = new Map<string, ID>()
  for (const container of containers) {
    const value = container[field.name]
    for (const item of Array.isArray(value) ? value : [value]) {
      const id = idOf(item)
      if (id !== null) ids.set(idKeyOf(id)!, id)
    }
  }
  return [...ids.values()]
}

/** Whole documents of a collection, whoever may read them: the guard decides what the user may learn from them. */
export const loadDocuments = async (
  req: PayloadRequest,
  collection: string,
  where: undefined | Where,
  extra: { draft?: boolean; trash?: boolean } = {},
): Promise<Doc[]> => {
  const found = await req.payload.find({
    collection,
    depth: 0,
    draft: extra.draft,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    trash: extra.trash,
    where,
  })
  return found.docs as Doc[]
}

/** A collection's read access for the request's user: true, false or the Where of the documents they may read. */
export const readAccessOf = async (req: PayloadRequest, collection: string): Promise<boolean | Where> => {
  const access = req.payload.collections[collection]?.config.access?.read
  // Payload's default: anyone signed in.
  const result = access ? await access({ req }) : Boolean(req.user)
  return typeof result === 'object' && result !== null ? result : Boolean(result)
}

/**
 * Whether the user may read (or update) every one of these documents: the collection's own access,
 * and where it is a query, a count of the documents it admits. Payload's default without an access
 * function: anyone signed in. An unknown collection admits nobody.
 */
export const mayAccessDocuments = async (
  req: PayloadRequest,
  collection: string,
  ids: ID[],
  operation: 'read' | 'update',
): Promise<boolean> => {
  const config = req.payload.collections[collection]?.config
  if (!config) return false
  const update = config.access?.update
  const access =
    operation === 'read'
      ? await readAccessOf(req, collection)
      : update
        ? await update({ id: ids.length === 1 ? ids[0] : undefined, req })
        : Boolean(req.user)
  if (typeof access !== 'object' || access === null) return Boolean(access)
  const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where: allOf({ id: { in: ids } }, access) })
  return totalDocs === ids.length
}

export const allOf = (...parts: (undefined | Where)[]): undefined | Where => {
  const kept = parts.filter((part): part is Where => Boolean(part))
  return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : { and: kept }
}
