import type { PayloadRequest, Where } from 'payload'

import { refuseInput } from '../errors/refusal'
import { coreT } from '../translations'
import { normalisePath } from './paths'

/** One comparison of a where: `{ [path]: { [operator]: value } }`. */
export type Condition = { operator: string; path: string; value: unknown }

/** A path a query reads: compared in `where`, ordered by in `sort`, or listed by `findDistinct`. */
export type QueryReference = { kind: 'distinct' | 'sort' | 'where'; operator?: string; path: string; value?: unknown }

/**
 * How deeply `and`/`or` and nested `contains` queries may nest. The admin's filters nest three
 * levels; Payload validates a where recursively, and a thousand levels would overflow its stack.
 */
export const MAX_WHERE_DEPTH = 32

const isGroup = (key: string) => key.toLowerCase() === 'and' || key.toLowerCase() === 'or'

/** A `contains` whose value is itself a where: a query of the related documents (Payload's nested relationship query). */
export const isNestedQuery = (operator: string, value: unknown): value is Where =>
  operator === 'contains' &&
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value))

const tooDeep = (req: PayloadRequest | undefined) => refuseInput(coreT(req, 'whereTooDeep', { max: MAX_WHERE_DEPTH }), 'where')

/**
 * Every comparison of a where, however deeply nested in and/or (Payload reads `AND`/`Or` too), and
 * those of nested `contains` queries as paths below their relationship (`programmes.title`).
 * Malformed parts (a path whose value is not an object) are Payload's to refuse.
 */
export const conditionsOf = (where: unknown, req?: PayloadRequest, prefix = '', depth = 0): Condition[] => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return []
  if (depth > MAX_WHERE_DEPTH) throw tooDeep(req)
  const found: Condition[] = []
  for (const [key, constraint] of Object.entries(where as Record<string, unknown>)) {
    if (isGroup(key) && Array.isArray(constraint)) {
      for (const part of constraint) found.push(...conditionsOf(part, req, prefix, depth + 1))
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) continue
    const path = prefix + normalisePath(key)
    for (const [operator, value] of Object.entries(constraint as Record<string, unknown>)) {
      found.push({ operator, path, value })
      if (isNestedQuery(operator, value)) found.push(...conditionsOf(value, req, `${path}.`, depth + 1))
    }
  }
  return found
}

/** The paths a sort orders by: `'-a,b'` or `['-a', 'b']`. */
export const sortPathsOf = (sort: unknown): string[] => {
  const keys = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return keys.map((key) => normalisePath(String(key).trim().replace(/^-/, ''))).filter((key) => key.length > 0)
}

/** What a query operation reads: its where, its sort and (findDistinct) its field. */
export const referencesOf = (args: { field?: unknown; sort?: unknown; where?: unknown }, req?: PayloadRequest): QueryReference[] => [
  ...conditionsOf(args.where, req).map((condition): QueryReference => ({ kind: 'where', ...condition })),
  ...sortPathsOf(args.sort).map((path): QueryReference => ({ kind: 'sort', path })),
  ...(typeof args.field === 'string' ? [{ kind: 'distinct' as const, path: normalisePath(args.field) }] : []),
]

const ANYTHING = Symbol('anything')
type Relaxed = typeof ANYTHING | Where

const allOf = (parts: Relaxed[]): Relaxed => {
  const kept = parts.filter((part): part is Where => part !== ANYTHING)
  return kept.length === 0 ? ANYTHING : kept.length === 1 ? kept[0] : { and: kept }
}

const relaxNode = (where: Where, uncertain: (condition: Condition) => boolean, prefix: string): Relaxed => {
  const parts: Relaxed[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if (isGroup(key) && Array.isArray(constraint)) {
      const relaxed = constraint.map((part) => (part && typeof part === 'object' ? relaxNode(part as Where, uncertain, prefix) : ANYTHING))
      if (key.toLowerCase() === 'and') parts.push(allOf(relaxed))
      else parts.push(relaxed.includes(ANYTHING) || relaxed.length === 0 ? ANYTHING : { or: relaxed as Where[] })
      continue
    }
    if (!constraint || typeof constraint !== 'object' || Array.isArray(constraint)) continue
    const path = prefix + normalisePath(key)
    const kept: Record<string, unknown> = {}
    for (const [operator, value] of Object.entries(constraint as Record<string, unknown>)) {
      const nestedUncertain = isNestedQuery(operator, value) && conditionsOf(value, undefined, `${path}.`).some(uncertain)
      if (!nestedUncertain && !uncertain({ operator, path, value })) kept[operator] = value
    }
    if (Object.keys(kept).length) parts.push({ [key]: kept } as Where)
  }
  return allOf(parts)
}

/**
 * The where with every condition `uncertain` picks replaced by "true". A where has no negation
 * (only and/or of comparisons), so a document whose match could depend on one of those conditions
 * matches the relaxed where: it is a superset of what the query could match, whatever the values
 * it compares. Undefined when it matches every document.
 */
export const relaxWhere = (where: unknown, uncertain: (condition: Condition) => boolean): undefined | Where => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return undefined
  const relaxed = relaxNode(where as Where, uncertain, '')
  return relaxed === ANYTHING ? undefined : relaxed
}
