import type { PayloadRequest } from 'payload'

import { jstDayNumber } from '@akita-dx/plugin-core/shared'

import type { ApiContext } from '../context'
import type { ParamValue } from '../params/types'
import type { Term } from '../types'

import { cachedAnswer, type ListAnswer } from '../endpoints/cached'
import { cacheKeyOf, parseParams } from '../params/parse'
import { subsidyWhere } from '../queries/subsidies'
import { SUBSIDY_STATUSES } from '../rules/status'
import { japaneseLabel } from '../rules/terms'
import { guardedAnswer, paramFailure } from './answer'

/** One value of a facet with the number of programmes it would show. */
export type FacetCount = { count: number; label: string; value: string }

/** Facet counts of a programme search, by parameter: what a search page shows beside each filter. */
export type SubsidyFacets = Record<'kind' | 'provider' | 'purpose' | 'status', FacetCount[]>

/**
 * The counts of each value of a facet with the other filters applied and this facet's own choice
 * lifted, so a reader sees what choosing (or adding) a value would give. Values with no programme
 * are kept with 0: a facet that changes shape as one types is harder to read.
 */
const facetCounts = async (
  req: PayloadRequest,
  ctx: ApiContext,
  values: Record<string, ParamValue>,
  { param, terms }: { param: string; terms: readonly Term[] },
  now: Date,
): Promise<FacetCount[]> => {
  const { slug } = ctx.options.subsidies
  const counts: FacetCount[] = []
  for (const { label, value } of terms) {
    const where = { and: [...ctx.published(slug), ...subsidyWhere({ ...values, [param]: [value] }, ctx.options, now)] }
    const { totalDocs } = await req.payload.count({ collection: slug, overrideAccess: true, where })
    counts.push({ count: totalDocs, label: japaneseLabel(label), value })
  }
  return counts
}

/** The facet counts of the programmes a `GET /subsidies` query finds (its page and sort do not matter). */
export const subsidyFacetsAnswer = (ctx: ApiContext): ListAnswer =>
  guardedAnswer(async (req: PayloadRequest, search: URLSearchParams) => {
    const parsed = parseParams(search, ctx.params.subsidyList)
    if (!parsed.ok) return paramFailure(req, parsed.errors)
    const now = new Date()
    const { kinds, providerLevels, purposes } = ctx.options.vocabulary
    const key = `facets:${jstDayNumber(now)}:${cacheKeyOf({ ...parsed.values, limit: undefined, page: undefined, sort: undefined })}`
    return cachedAnswer(ctx, key, async (): Promise<SubsidyFacets> => {
      const count = (param: string, terms: readonly Term[]) => facetCounts(req, ctx, parsed.values, { param, terms }, now)
      return {
        kind: await count('kind', kinds),
        provider: await count('provider', providerLevels),
        purpose: await count('purpose', purposes),
        status: await count('status', SUBSIDY_STATUSES),
      }
    })
  })
