import { japanDayOf } from '../../../collections/subsidies/status'
import { DETAIL_PARAMS, SLUG_PATTERN, STORY_LIST_PARAMS, SUBSIDY_LIST_PARAMS } from '../params/definitions'
import { cacheKeyOf, parseParams } from '../params/parse'

const slugRegExp = new RegExp(SLUG_PATTERN)

/**
 * The cache key of a request to the API, or null when it has none (invalid, or not cached).
 * Both the endpoints and the express front use it, so they always agree on what a hit is.
 * Programme answers depend on the day in Japan (statuses change at midnight JST).
 */
export const cacheKeyFor = (route: string, search: URLSearchParams, now: Date = new Date()): null | string => {
  const day = japanDayOf(now)
  if (route === '/subsidies' || route === '/stories') {
    const parsed = parseParams(search, route === '/subsidies' ? SUBSIDY_LIST_PARAMS : STORY_LIST_PARAMS)
    if (!parsed.ok) return null
    return route === '/subsidies' ? `subsidies:${day}:${cacheKeyOf(parsed.values)}` : `stories:${cacheKeyOf(parsed.values)}`
  }
  const detail = route.match(/^\/(subsidies|stories)\/([^/]+)$/)
  if (!detail || !slugRegExp.test(detail[2])) return null
  if (!parseParams(search, DETAIL_PARAMS).ok) return null
  return `${detail[1] === 'subsidies' ? 'subsidy' : 'story'}:${day}:${detail[2]}`
}
