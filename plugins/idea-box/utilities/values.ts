/** The id of a relationship value, whether it is populated, an id, or empty. */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const id = (value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== null && right !== null && String(left) === String(right)
}

/** Structural equality that ignores key order, `undefined` keys and the ids of populated relations. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (a === undefined || a === null || a === '') return b === undefined || b === null || b === ''
  if (b === undefined || b === null || b === '') return false
  if (typeof a !== 'object' || typeof b !== 'object') {
    // A relationship arrives as an id (number from JSON, string from forms) or populated.
    const left = idOf(a)
    const right = idOf(b)
    return left !== null && right !== null && String(left) === String(right)
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)])
  for (const key of keys) {
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** The fields among `names` whose value in `data` differs from `original` (absent means unchanged). */
export const changedFields = (
  original: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
  names: readonly string[],
): string[] => names.filter((name) => name in data && !sameValue(original?.[name], data[name]))
