import type { PayloadRequest } from 'payload'

import type { ApiContext } from '../context'
import type { ParamValue } from '../params/types'
import type { Term } from '../types'

import { queryCacheKey } from '../cache/keys'
import { cachedQuery, type ListAnswer } from '../endpoints/cached'
import { subsidyWhere } from '../queries/subsidies'
import { SUBSIDY_STATUSES } from '../rules/status'
import { japaneseLabel } from '../rules/terms'

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
  const index = ctx.search?.of(req.payload)
  const totals = index
    ? await index.facet(
        values,
        param,
        terms.map(({ value }) => value),
        now,
      )
    : await countEach(req, ctx, values, param, terms, now)
  return terms.map(({ label, value }, i) => ({ count: totals[i], label: japaneseLabel(label), value }))
}

/** Without the search index: one count query per value. */
const countEach = async (
  req: PayloadRequest,
  ctx: ApiContext,
  values: Record<string, ParamValue>,
  param: string,
  terms: readonly Term[],
  now: Date,
): Promise<number[]> => {
  const { slug } = ctx.options.subsidies
  const counts: number[] = []
  for (const { value } of terms) {
    const where = { and: [...ctx.published(slug), ...subsidyWhere({ ...values, [param]: [value] }, ctx.options, now)] }
    counts.push((await req.payload.count({ collection: slug, overrideAccess: true, where })).totalDocs)
  }
  return counts
}

/** The facet counts of the programmes a `GET /subsidies` query finds (its page and sort do not matter). */
export const subsidyFacetsAnswer = (ctx: ApiContext): ListAnswer =>
  cachedQuery(ctx, {
    build: async (req, values, now): Promise<SubsidyFacets> => {
      const { kinds, providerLevels, purposes } = ctx.options.vocabulary
      const count = (param: string, terms: readonly Term[]) => facetCounts(req, ctx, values, { param, terms }, now)
      return {
        kind: await count('kind', kinds),
        provider: await count('provider', providerLevels),
        purpose: await count('purpose', purposes),
        status: await count('status', SUBSIDY_STATUSES),
      }
    },
    keyOf: (values, _search, now) => queryCacheKey('facets', { ...values, limit: undefined, page: undefined, sort: undefined }, now),
    params: ctx.params.subsidyList,
  })
