import { jstDayNumber } from '@akita-dx/plugin-core/shared'

import type { ParamValue } from '../params/types'
import type { ApiParams } from '../types'

import { SLUG_PATTERN } from '../params/definitions'
import { cacheKeyOf, parseParams } from '../params/parse'

const slugRegExp = new RegExp(SLUG_PATTERN)

export type CacheKeyFor = (route: string, search: URLSearchParams, now?: Date) => null | string

/**
 * The cache key of a request to the API, or null when it has none (invalid, or not cached).
 * Both the endpoints and the cache route use it, so they always agree on what a hit is.
 * Programme answers depend on the day in Japan (statuses change at midnight JST).
 */
export const cacheKeys =
  (params: ApiParams): CacheKeyFor =>
  (route, search, now = new Date()) => {
    const day = jstDayNumber(now)
    if (route === '/subsidies' || route === '/stories') {
      const parsed = parseParams(search, route === '/subsidies' ? params.subsidyList : params.storyList)
      if (!parsed.ok) return null
      return route === '/subsidies' ? `subsidies:${day}:${cacheKeyOf(parsed.values)}` : `stories:${cacheKeyOf(parsed.values)}`
    }
    const detail = route.match(/^\/(subsidies|stories)\/([^/]+)$/)
    if (!detail || !slugRegExp.test(detail[2])) return null
    if (!parseParams(search, params.detail).ok) return null
    return `${detail[1] === 'subsidies' ? 'subsidy' : 'story'}:${day}:${detail[2]}`
  }

/**
 * The cache key of an answer that is not one of the served routes' (a feed, the facets, the
 * diagnosis) for its parsed query. Never one `cacheKeys` returns: the cache route sends its hits
 * as JSON, so these are always answered by their endpoint or the reader. The day is in it as
 * statuses (and the default status filter) change at midnight JST.
 */
export const queryCacheKey = (name: string, values: Record<string, ParamValue>, now: Date): string =>
  `${name}:${jstDayNumber(now)}:${cacheKeyOf(values)}`
