import type { Where } from 'payload'

/**
 * The part of Payload's `where` that the suite's hand-written queries use (compare-and-set guards,
 * segment rules, "due" and "stale" tests): top-level fields, `and`/`or`, and these operators. One
 * definition of a rule is a `Where`; the SQL, MongoDB and in-memory forms are derived from it here,
 * so `payload.find` and a single-statement UPDATE agree on what matches. A hasMany field matches
 * when any of its values does; Payload's own query joins the values once, so two conditions on
 * the same hasMany field and-ed together differ there (none of the suite's rules does that).
 */
export const WHERE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'less_than',
  'less_than_equal',
  'greater_than',
  'greater_than_equal',
] as const

export type WhereOperator = (typeof WHERE_OPERATORS)[number]

export type Scalar = boolean | number | string

/** One field's conditions, e.g. `{ status: { in: ['scheduled', 'sending'] } }`. */
export type FieldCondition = Partial<Record<WhereOperator, unknown>>

/** Visits a where: `and`/`or` groups and each field's operators, in order. */
export type WhereVisitor<T> = {
  and: (parts: T[]) => T
  field: (field: string, operator: WhereOperator, value: unknown) => T
  or: (parts: T[]) => T
}

const isOperator = (key: string): key is WhereOperator => (WHERE_OPERATORS as readonly string[]).includes(key)

export const visitWhere = <T>(where: Where, visitor: WhereVisitor<T>): T => {
  const parts: T[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue
    if (key === 'and' || key === 'or') {
      const groups = (value as Where[]).map((group) => visitWhere(group, visitor))
      parts.push(key === 'and' ? visitor.and(groups) : visitor.or(groups))
      continue
    }
    for (const [operator, operand] of Object.entries(value as FieldCondition)) {
      if (!isOperator(operator)) throw new Error(`where: operator "${operator}" on ${key} is not supported here`)
      parts.push(visitor.field(key, operator, operand))
    }
  }
  return visitor.and(parts)
}

const compare = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const left = String(a)
  const right = String(b)
  return left < right ? -1 : left > right ? 1 : 0
}

const present = (value: unknown) => value !== null && value !== undefined

const scalarMatches = (value: unknown, operator: WhereOperator, operand: unknown): boolean => {
  switch (operator) {
    case 'equals':
      return operand === null ? !present(value) : present(value) && compare(value, operand) === 0
    case 'not_equals':
      return operand === null ? present(value) : !present(value) || compare(value, operand) !== 0
    case 'in':
      return (operand as unknown[]).some((candidate) => present(value) && compare(value, candidate) === 0)
    case 'not_in':
      return present(value) && !(operand as unknown[]).some((candidate) => compare(value, candidate) === 0)
    case 'exists':
      return operand ? present(value) : !present(value)
    case 'less_than':
      return present(value) && compare(value, operand) < 0
    case 'less_than_equal':
      return present(value) && compare(value, operand) <= 0
    case 'greater_than':
      return present(value) && compare(value, operand) > 0
    case 'greater_than_equal':
      return present(value) && compare(value, operand) >= 0
  }
}

/** hasMany values (arrays) match when any element does, as in Payload's queries. */
const valueMatches = (value: unknown, operator: WhereOperator, operand: unknown): boolean => {
  if (!Array.isArray(value)) return scalarMatches(value, operator, operand)
  if (operator === 'exists') return operand ? value.length > 0 : value.length === 0
  if (operator === 'not_in') return !value.some((item) => scalarMatches(item, 'in', operand))
  return value.some((item) => scalarMatches(item, operator, operand))
}

/** Whether a document matches a where, evaluated in memory (explanations, tests, small lists). */
export const matchesWhere = (doc: Record<string, unknown>, where: Where): boolean =>
  visitWhere<boolean>(where, {
    and: (parts) => parts.every(Boolean),
    field: (field, operator, operand) => valueMatches(doc[field], operator, operand),
    or: (parts) => parts.some(Boolean),
  })

const MONGO: Partial<Record<WhereOperator, string>> = {
  greater_than: '$gt',
  greater_than_equal: '$gte',
  in: '$in',
  less_than: '$lt',
  less_than_equal: '$lte',
  not_equals: '$ne',
  not_in: '$nin',
}

const mongoField = (field: string, operator: WhereOperator, operand: unknown): Record<string, unknown> => {
  const key = field === 'id' ? '_id' : field
  if (operator === 'equals') return { [key]: { $eq: operand } }
  if (operator === 'not_in') return { [key]: { $nin: [...(operand as unknown[]), null] } }
  if (operator === 'exists') return operand ? { [key]: { $exists: true, $ne: null } } : { [key]: { $eq: null } }
  return { [key]: { [MONGO[operator]!]: operand } }
}

/** The MongoDB filter of a where. */
export const whereToMongo = (where: Where): Record<string, unknown> =>
  visitWhere<Record<string, unknown>>(where, {
    and: (parts) => (parts.length === 1 ? parts[0] : parts.length ? { $and: parts } : {}),
    field: mongoField,
    or: (parts) => (parts.length ? { $or: parts } : { _id: { $exists: false } }),
  })
