import { idKeyOf } from '@akita-dx/plugin-core/shared'

/**
 * The segments of a delivery as one key (`"3"`, `"3,10"`): a union of segments is its own
 * audience. Ids sort numerically when they are numbers, so `[10, 3]` and `[3, 10]` are one key
 * wherever it is computed (tracked links, the dashboard's rows and its filter).
 */
export const segmentKeyOf = (segments: unknown): null | string => {
  const ids = (Array.isArray(segments) ? segments : []).map(idKeyOf).filter((id): id is string => id !== null)
  return ids.length ? [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(',') : null
}
