import { sameId } from '@akita-dx/plugin-core/shared'

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** Structural equality that ignores key order, `undefined` keys and the ids of populated relations. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (isEmpty(a)) return isEmpty(b)
  if (isEmpty(b)) return false
  // A relationship arrives as an id (number from JSON, string from forms) or populated.
  if (typeof a !== 'object' || typeof b !== 'object') return sameId(a, b)
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)])
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** The fields among `names` whose value in `data` differs from `original` (absent means unchanged). */
export const changedFields = (
  original: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
  names: readonly string[],
): string[] => names.filter((name) => name in data && !sameValue(original?.[name], data[name]))
