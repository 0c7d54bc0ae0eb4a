import type { Config, Payload, Sort, Where } from 'payload'

import type { ParamError } from '../params/types'

import { draftsOf } from '../context'
import { buildParams } from '../params/definitions'
import { parseParams } from '../params/parse'
import { publicApiOptions } from '../slot'
import { subsidySort, subsidyWhere } from './subsidies'

export type SubsidySearchQuery = { errors: ParamError[]; ok: false } | { limit: number; ok: true; page: number; sort: Sort; where: Where }

/**
 * The Payload query `GET /subsidies` runs for a query string, with the config's options: for an
 * app that runs the same search itself (and for measuring the API against Payload's REST API).
 */
export const subsidySearchQuery = (
  source: Config | Payload | { collections?: Config['collections']; custom?: Record<string, any> },
  search: URLSearchParams,
  now: Date = new Date(),
): SubsidySearchQuery => {
  const options = publicApiOptions.of(source)
  const parsed = parseParams(search, buildParams(options.vocabulary).subsidyList)
  if (!parsed.ok) return parsed
  const config = 'config' in source ? (source as Payload).config : source
  const published = draftsOf(config as Config)(options.subsidies.slug)
  return {
    limit: parsed.values.limit as number,
    ok: true,
    page: parsed.values.page as number,
    sort: subsidySort(parsed.values.sort, options),
    where: { and: [...published, ...subsidyWhere(parsed.values, options, now)] },
  }
}
