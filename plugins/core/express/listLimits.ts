import type { Payload } from 'payload'

/**
 * Which of Payload's own reads a REST path is: `list` for a collection's find and versions and a
 * global's versions (they take `limit` and `pagination`), `document` for any other path of a
 * collection or global (only join limits apply), undefined outside them (plugins' endpoints keep
 * their own `limit` rules).
 */
// Payload matches endpoint paths without regard to case.
const isVersions = (segment: string) => segment.toLowerCase() === 'versions'

export const readKindOf = (payload: Payload, pathname: string): 'document' | 'list' | undefined => {
  const api = payload.config.routes.api
  if (!pathname.startsWith(`${api}/`)) return undefined
  const segments = pathname
    .slice(api.length + 1)
    .replace(/\/+$/, '')
    .split('/')
  if (segments[0] === 'globals') {
    if (!payload.config.globals.some((global) => global.slug === segments[1])) return undefined
    return segments.length === 3 && isVersions(segments[2]) ? 'list' : 'document'
  }
  if (!payload.collections[segments[0]]) return undefined
  return segments.length === 1 || (segments.length === 2 && isVersions(segments[1])) ? 'list' : 'document'
}

/** A key's bracket path as Payload's query parser reads it: `joins[posts][limit]` → joins, posts, limit. */
const pathOf = (key: string) => key.split(/[[\]]+/).filter(Boolean)

/** A page size within 1..max; 0 (Payload's "every row"), negative or oversized become max, non-numbers undefined. */
const clampSize = (value: string, max: number): number | undefined => {
  const size = Number(value)
  if (!value.trim() || !Number.isFinite(size)) return undefined
  const whole = Math.floor(size)
  return whole >= 1 && whole <= max ? whole : max
}

/**
 * A read's query with every page size under `max`: Payload answers `limit=0`, `pagination=false`
 * or `limit=1000000` with every row at once. Oversized limits are clamped rather than refused, as
 * the answer says which limit it used and whether there is a next page. `pagination` is dropped on
 * lists, so they always page. The query comes back untouched when nothing needed changing.
 */
export const clampListQuery = (search: string, kind: 'document' | 'list', max: number): string => {
  const params = new URLSearchParams(search)
  const kept = new URLSearchParams()
  let limit: number | undefined
  let limits = 0
  let changed = false
  for (const [key, value] of params) {
    const [top, ...rest] = pathOf(key)
    if (kind === 'list' && (top === 'limit' || top === 'pagination')) {
      limits += 1
      if (key === 'limit') limit = clampSize(value, max)
      if (key !== 'limit' || String(limit) !== value) changed = true
      continue
    }
    if (top === 'joins' && rest.includes('limit')) {
      const size = rest.length === 2 && rest[1] === 'limit' ? clampSize(value, max) : undefined
      if (size !== undefined) kept.append(key, String(size))
      if (String(size) !== value) changed = true
      continue
    }
    kept.append(key, value)
  }
  if (limit !== undefined) kept.append('limit', String(limit))
  if (!changed && limits <= 1) return search
  const query = kept.toString()
  return query ? `?${query}` : ''
}
