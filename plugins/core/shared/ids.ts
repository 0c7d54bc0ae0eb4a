/** A document id as Payload returns it: a number on SQL databases, a string on MongoDB. */
export type ID = number | string

/** The id of a relationship value, whether it is populated (`{ id }`) or not; null when empty. */
export const idOf = (value: unknown): ID | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The same id as a string (a map key, a URL segment); null when empty. */
export const idKeyOf = (value: unknown): null | string => {
  const id = idOf(value)
  return id === null ? null : String(id)
}

/** Whether two relationship values point at the same document (`3`, `'3'` and `{ id: 3 }` do). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idKeyOf(a)
  return left !== null && left === idKeyOf(b)
}
