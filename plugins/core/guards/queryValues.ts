import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import { refuseInput } from '../errors/refusal'
import { type CoreTranslationKey, coreT } from '../translations'
import { type Condition, conditionsOf, isNestedQuery, sortPathsOf } from './conditions'
import { type ResolvedPath, resolveQueryPath } from './paths'
import { isPlainObject, nulPathOf } from './shape'

/** Payload's comparisons (`validOperators`). */
const OPERATORS = new Set([
  'all',
  'contains',
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'in',
  'intersects',
  'less_than',
  'less_than_equal',
  'like',
  'near',
  'not_equals',
  'not_in',
  'not_like',
  'within',
])
const GEO = new Set(['intersects', 'near', 'within'])
const TEXT_MATCHES = new Set(['contains', 'like', 'not_like'])
const LISTS = new Set(['all', 'in', 'not_in'])
const COMPARISONS = new Set([
  'all',
  'equals',
  'greater_than',
  'greater_than_equal',
  'in',
  'less_than',
  'less_than_equal',
  'not_equals',
  'not_in',
])

/**
 * Kinds compared as text too (`like`, `contains`): anything else holds numbers, dates or ids, which
 * the SQL adapters cannot compare as text (a broken statement, a 500).
 */
const TEXT_OPERATORS_ON: Record<string, boolean> = { option: true, other: true, point: true, text: true }

type Kind = { kind: 'boolean' | 'date' | 'id' | 'number' | 'option' | 'other' | 'point' | 'text'; options?: string[] }

const idKind = (payload: Payload, slugs: string[]): Kind => {
  const numeric = slugs.every((slug) => (payload.collections[slug]?.customIDType ?? payload.db.defaultIDType) === 'number')
  return { kind: numeric ? 'id' : 'text' }
}

const optionValues = (field: FlattenedField): string[] =>
  ((field as { options?: (string | { value: string })[] }).options ?? []).map((option) =>
    typeof option === 'string' ? option : option.value,
  )

/** What kind of value a path compares, from its last field. */
const kindOf = (payload: Payload, path: ResolvedPath): Kind => {
  const field = path.leaf
  if (!field) return idKind(payload, [path.steps[path.steps.length - 1].collection])
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const relationTo = (field as { relationTo: string | string[] }).relationTo
      if (!Array.isArray(relationTo)) return idKind(payload, [relationTo])
      if (path.rest[0] === 'value') return idKind(payload, relationTo)
      return path.rest[0] === 'relationTo' ? { kind: 'option', options: relationTo } : { kind: 'other' }
    }
    case 'number':
      return { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'radio':
    case 'select':
      return { kind: 'option', options: optionValues(field) }
    case 'point':
      return { kind: 'point' }
    case 'code':
    case 'email':
    case 'text':
    case 'textarea':
      return { kind: 'text' }
    default:
      return { kind: 'other' }
  }
}

/** The values a comparison compares with: a list (`in`: an array or `a,b`) or one value. */
const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (!LISTS.has(operator)) return [value]
  return Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
}

const isNothing = (value: unknown) => value === null || value === undefined || value === 'null'

const VALUE_TESTS: Partial<Record<Kind['kind'], { key: CoreTranslationKey; test: (value: unknown, kind: Kind) => boolean }>> = {
  boolean: { key: 'notABoolean', test: (value) => [true, false, 'true', 'false'].includes(value as never) },
  date: { key: 'notADate', test: (value) => value instanceof Date || Number.isFinite(Date.parse(String(value))) },
  id: { key: 'notAnId', test: (value) => Number.isSafeInteger(Number(value)) && String(value).trim() !== '' },
  number: { key: 'notANumber', test: (value) => String(value).trim() !== '' && Number.isFinite(Number(value)) },
  option: { key: 'notAnOption', test: (value, kind) => kind.options!.includes(String(value)) },
}

/**
 * Paths Payload accepts but its SQL adapters cannot query, failing inside the database: a hasMany
 * text or number field (kept in a table of its own) reached through a relationship.
 */
const beyondTheDatabase = (path: ResolvedPath): boolean =>
  path.steps.length > 1 && ['number', 'text'].includes(path.leaf?.type ?? '') && Boolean((path.leaf as { hasMany?: boolean }).hasMany)

/** A polymorphic relationship compared as itself: Payload answers other operators (`exists`) with a 500. */
const POLYMORPHIC_OPERATORS = new Set(['equals', 'in', 'not_equals', 'not_in'])

const isPolymorphic = (path: ResolvedPath) =>
  path.rest.length === 0 && Array.isArray((path.leaf as { relationTo?: unknown } | undefined)?.relationTo)

/** The message key of what is wrong with one comparison, or null. */
const problemOf = (payload: Payload, slug: string, { operator, path, value }: Condition): CoreTranslationKey | null => {
  if (!OPERATORS.has(operator)) return 'unknownOperator'
  if (nulPathOf(value) !== null) return 'nulCharacter'
  const resolved = resolveQueryPath(payload, slug, path)
  // Paths Payload does not know it refuses itself.
  if (!resolved) return null
  if (beyondTheDatabase(resolved)) return 'fieldNotQueryable'
  if (isPolymorphic(resolved) && !POLYMORPHIC_OPERATORS.has(operator)) return 'operatorNotForField'
  // `all` compares a list of values: only MongoDB has it, and only for a field of many values (the
  // SQL adapters leave it out of their operators, and fail on it with a 500 whatever the field).
  if (operator === 'all' && (payload.db.name !== 'mongoose' || !(resolved.leaf as { hasMany?: boolean } | undefined)?.hasMany)) {
    return 'operatorNotForField'
  }
  const kind = kindOf(payload, resolved)
  if (GEO.has(operator)) return kind.kind === 'point' ? null : 'operatorNotForField'
  if (isNestedQuery(operator, value)) return null
  if (operator === 'exists') return null
  if (!TEXT_OPERATORS_ON[kind.kind] && !COMPARISONS.has(operator)) return 'operatorNotForField'
  // A select of one value is an enum column on PostgreSQL, which has no LIKE (a 500); `contains`
  // stays for selects of many values (`roles contains admin`), which Payload compares row by row.
  if (kind.kind === 'option' && TEXT_MATCHES.has(operator) && !(resolved.leaf as { hasMany?: boolean } | undefined)?.hasMany) {
    return 'operatorNotForField'
  }
  const values = valuesOf(operator, value)
  if (values.some((item) => isPlainObject(item) || Array.isArray(item))) return 'notAValue'
  if (!COMPARISONS.has(operator)) return null
  const test = VALUE_TESTS[kind.kind]
  if (!test) return null
  return values.every((item) => isNothing(item) || test.test(item, kind)) ? null : test.key
}

/**
 * Refuses comparisons the database cannot make, which would otherwise fail inside it (a 500, and on
 * PostgreSQL an aborted statement): unknown operators, geometry on fields that are not points, a
 * value that is not a date, number, id, boolean or option where the field holds one, objects
 * where a value belongs, and NUL characters, which PostgreSQL cannot hold in text.
 */
export const checkQueryValues = (req: PayloadRequest, slug: string, where: unknown): void => {
  for (const condition of conditionsOf(where, req)) {
    const problem = problemOf(req.payload, slug, condition)
    if (problem) throw refuseInput(coreT(req, problem, { field: condition.path, operator: condition.operator }), condition.path)
  }
}

/** Refuses a sort the database cannot make (see `beyondTheDatabase`). */
export const checkSortPaths = (req: PayloadRequest, slug: string, sort: unknown): void => {
  for (const path of sortPathsOf(sort)) {
    const resolved = resolveQueryPath(req.payload, slug, path)
    if (resolved && beyondTheDatabase(resolved)) throw refuseInput(coreT(req, 'fieldNotQueryable', { field: path }), path)
  }
}
