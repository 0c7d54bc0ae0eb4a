import type { Where } from 'payload'

/** Which where/sort paths a guard looks at, e.g. `author`, `author.name`, `idea.author`. */
type PathTest = (path: string) => boolean

/** Paths that reach the author of an idea: `author…` on ideas, `…idea.author…` from elsewhere. */
export const ideaAuthorPath =
  (onIdeas: boolean): PathTest =>
  (path) =>
    onIdeas ? /^author(\.|$)/.test(path) : /(^|\.)idea\.author(\.|$)/.test(path)

/** Conditions on matching paths anywhere in a where clause, however deeply nested in and/or. */
export const conditionsOn = (where: unknown, matches: PathTest): { path: string; value: unknown }[] => {
  if (!where || typeof where !== 'object') return []
  const found: { path: string; value: unknown }[] = []
  for (const [key, value] of Object.entries(where as Where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const sub of value) found.push(...conditionsOn(sub, matches))
    } else if (matches(key)) {
      found.push({ path: key, value })
    }
  }
  return found
}

/**
 * True when every matching condition is exactly `{ equals: selfId }` on the author itself (not on
 * a field of the author): people may look up their own posts, nobody else's.
 */
export const onlyFiltersOnSelf = (where: unknown, matches: PathTest, selfId: number | string): boolean =>
  conditionsOn(where, matches).every(({ path, value }) => {
    if (!path.endsWith('author') || !value || typeof value !== 'object') return false
    const entries = Object.entries(value as Record<string, unknown>)
    return entries.length === 1 && entries[0][0] === 'equals' && String(entries[0][1]) === String(selfId)
  })

/** True when a sort string or list orders by a matching path (ascending or descending). */
export const sortsOn = (sort: unknown, matches: PathTest): boolean => {
  const keys = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return keys.some((key) => matches(String(key).trim().replace(/^-/, '')))
}
