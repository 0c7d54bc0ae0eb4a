import type { Where } from 'payload'

/**
 * Conditions on `field` (or a path under it, e.g. `author.name`) found anywhere in a where
 * clause, however deeply nested in and/or.
 */
export const conditionsOn = (where: unknown, field: string): unknown[] => {
  if (!where || typeof where !== 'object') return []
  const found: unknown[] = []
  for (const [key, value] of Object.entries(where as Where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const sub of value) found.push(...conditionsOn(sub, field))
    } else if (key === field || key.startsWith(`${field}.`)) {
      found.push(key === field ? value : { [key]: value })
    }
  }
  return found
}

/** True when every condition on `field` is exactly `{ equals: selfId }`: people may look up their own posts. */
export const onlyFiltersOnSelf = (where: unknown, field: string, selfId: number | string): boolean =>
  conditionsOn(where, field).every((condition) => {
    if (!condition || typeof condition !== 'object') return false
    const entries = Object.entries(condition as Record<string, unknown>)
    return entries.length === 1 && entries[0][0] === 'equals' && String(entries[0][1]) === String(selfId)
  })

/** True when a sort string or list orders by `field` (ascending or descending, or a path under it). */
export const sortsOn = (sort: unknown, field: string): boolean => {
  const keys = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return keys.some((key) => {
    const name = String(key).trim().replace(/^-/, '')
    return name === field || name.startsWith(`${field}.`)
  })
}
