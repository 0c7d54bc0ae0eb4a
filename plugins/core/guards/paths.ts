import type { FlattenedField, Payload } from 'payload'

/** The part of a query path inside one collection: the fields from its root down to a relationship or the last field. */
export type PathStep = { collection: string; fields: FlattenedField[] }

/** A where or sort path as Payload reads it, field by field and collection by collection. */
export type ResolvedPath = {
  /** The field whose values the path compares; undefined for `id`. */
  leaf?: FlattenedField
  /** What follows the leaf: a key inside a json or rich-text value, or `value` / `relationTo` of a polymorphic relationship. */
  rest: string[]
  steps: PathStep[]
  /** Whether the path started with `version.`: a query of the version history, whose rows hold older values. */
  versions: boolean
}

/** Payload's spellings of one path: GraphQL's `a__b` and MongoDB's `_id`. */
export const normalisePath = (path: string): string => (path === '_id' ? 'id' : path.replace(/__/g, '.'))

type Container = FlattenedField & {
  blockReferences?: unknown[]
  blocks?: { flattenedFields: FlattenedField[] }[]
  flattenedFields?: FlattenedField[]
}

const childFields = (field: FlattenedField | undefined): FlattenedField[] | undefined => (field as Container | undefined)?.flattenedFields

const blockField = (payload: Payload, field: Container, name: string): FlattenedField | undefined => {
  for (const entry of field.blockReferences ?? field.blocks ?? []) {
    const block = typeof entry === 'string' ? (payload.blocks as Record<string, { flattenedFields: FlattenedField[] }>)[entry] : entry
    const found = (block as { flattenedFields?: FlattenedField[] } | undefined)?.flattenedFields?.find((f) => f.name === name)
    if (found) return found
  }
  return undefined
}

const relatedSlug = (field: FlattenedField): string | string[] | undefined => {
  if (field.type === 'join') return (field as { collection: string | string[] }).collection
  if (field.type === 'relationship' || field.type === 'upload') return (field as { relationTo: string | string[] }).relationTo
  return undefined
}

const isLocaleSegment = (payload: Payload, field: FlattenedField, segment: string | undefined) => {
  const localization = payload.config.localization
  return Boolean(segment && localization && 'localized' in field && field.localized && localization.localeCodes.includes(segment))
}

/**
 * Resolves a path the way Payload's query validation does (`getLocalizedPaths`): groups, named tabs
 * and arrays descend, blocks look through their blocks, a relationship continues in the related
 * collection, json and rich text take the rest as a key inside the value, a polymorphic
 * relationship ends at `value` or `relationTo`, and a segment after a plain field is looked up
 * among the collection's own fields again (Payload's own quirk, followed so that no spelling
 * reaches a field unseen). Null when Payload would refuse the path itself (unknown field), or for
 * names only version rows have (`parent`, `latest`), which hold no field of the document.
 */
export const resolveQueryPath = (payload: Payload, slug: string, rawPath: string): null | ResolvedPath => {
  const segments = normalisePath(rawPath).split('.')
  const root = payload.collections[slug]?.config
  if (!root) return null
  let versions = false
  if (segments[0] === 'version' && segments.length > 1 && root.versions && !root.flattenedFields.some((f) => f.name === 'version')) {
    segments.shift()
    versions = true
  }
  const steps: PathStep[] = [{ collection: slug, fields: [] }]
  let rootFields = root.flattenedFields
  let previous: FlattenedField | undefined
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]
    const step = steps[steps.length - 1]
    let field: FlattenedField | undefined
    if (previous?.type === 'blocks') {
      if (segment === 'blockType') return { leaf: { name: 'blockType', type: 'text' } as FlattenedField, rest: [], steps, versions }
      field = blockField(payload, previous as Container, segment)
    } else {
      field = (childFields(previous) ?? rootFields).find((f) => f.name === segment)
    }
    if (!field) return segment === 'id' && i === segments.length - 1 ? { leaf: undefined, rest: [], steps, versions } : null
    step.fields.push(field)
    const virtual = (field as { virtual?: unknown }).virtual
    if (typeof virtual === 'string' && step.fields.length === 1) {
      // A virtual field linked to a relationship is queried as the path it stands for.
      const inner = resolveQueryPath(payload, step.collection, [virtual, ...segments.slice(i + 1)].join('.'))
      if (!inner) return null
      const [first, ...others] = inner.steps
      return {
        ...inner,
        steps: [...steps.slice(0, -1), { collection: first.collection, fields: [field, ...first.fields] }, ...others],
        versions,
      }
    }
    if (isLocaleSegment(payload, field, segments[i + 1])) i += 1
    const rest = segments.slice(i + 1)
    const related = relatedSlug(field)
    if (related !== undefined) {
      if (Array.isArray(related)) {
        // Payload queries a polymorphic relationship only as itself, `value` or `relationTo`.
        return rest.length <= 1 && (rest.length === 0 || ['relationTo', 'value'].includes(rest[0]))
          ? { leaf: field, rest, steps, versions }
          : null
      }
      // `relation.id` is the relationship itself.
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return { leaf: field, rest: [], steps, versions }
      const target = payload.collections[related]?.config
      if (!target) return null
      steps.push({ collection: related, fields: [] })
      rootFields = target.flattenedFields
      previous = undefined
      continue
    }
    if (field.type === 'json' || field.type === 'richText') return { leaf: field, rest, steps, versions }
    if (rest.length === 0) return { leaf: field, rest: [], steps, versions }
    previous = field
  }
  return null
}
