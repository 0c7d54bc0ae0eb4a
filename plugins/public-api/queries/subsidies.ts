import type { Sort, Where } from 'payload'

import type { SubsidySort } from '../params/definitions'
import type { ParamValue } from '../params/types'
import type { ResolvedPublicApiOptions } from '../types'

import { EVERY_MUNICIPALITY } from '../rules/areas'
import { searchWords } from '../rules/search'
import { type SubsidyStatus, statusWhere } from '../rules/status'

export const listOf = (value: ParamValue): string[] | undefined => (Array.isArray(value) && value.length > 0 ? value : undefined)

type Values = Record<string, ParamValue>

/** Conditions of the list filters that test one field for any of the given values. */
const valueFilters = (values: Values, f: ResolvedPublicApiOptions['subsidies']['fields']): Where[] => {
  const and: Where[] = []
  const inList = (param: string, field: string) => {
    const items = listOf(values[param])
    if (items) and.push({ [field]: { in: items } })
  }
  inList('purpose', f.purposes)
  inList('stage', f.stages)
  inList('kind', f.kind)
  inList('provider', f.providerLevel)
  const industries = listOf(values.industry)
  if (industries) and.push({ or: [{ [f.anyIndustry]: { equals: true } }, { [f.industries]: { in: industries } }] })
  const municipalities = listOf(values.municipality)
  if (municipalities) and.push({ or: [{ [f.areaScope]: { in: [...EVERY_MUNICIPALITY] } }, { [f.municipalities]: { in: municipalities } }] })
  return and
}

/** The database query of `GET /subsidies` (without the published condition): every filter ANDed. */
export const subsidyWhere = (values: Values, options: ResolvedPublicApiOptions, now: Date): Where[] => {
  const f = options.subsidies.fields
  const and: Where[] = []
  const words = typeof values.q === 'string' ? searchWords(values.q) : []
  if (words.length) and.push({ [f.searchText]: { like: words.join(' ') } })
  and.push(...valueFilters(values, f))
  const statuses = listOf(values.status)
  if (statuses) {
    const { acceptanceEnd, acceptanceStart, yearRound } = f
    const fields = { acceptanceEnd, acceptanceStart, yearRound }
    and.push(statusWhere(statuses as SubsidyStatus[], { closingSoonDays: options.closingSoonDays, fields, now }))
  }
  if (typeof values.amountMin === 'number') and.push({ [f.maxAmount]: { greater_than_equal: values.amountMin } })
  if (typeof values.employees === 'number') {
    and.push({ or: [{ [f.employeeLimit]: { exists: false } }, { [f.employeeLimit]: { greater_than_equal: values.employees } }] })
  }
  return and
}

/** The order a list query asked for: relevance for a keyword search unless another was named. */
export const sortOf = (values: Values): SubsidySort =>
  (values.sort as SubsidySort | undefined) ?? (typeof values.q === 'string' && searchWords(values.q).length ? 'relevance' : 'deadline')

/**
 * Sort keys without NULLs (see SubsidyFields) and the id as a tie-breaker for stable pages. Only
 * the search index can rank by relevance (search/order.ts); this order puts its ties by deadline.
 */
export const subsidySort = (sort: ParamValue, { subsidies: { fields } }: ResolvedPublicApiOptions): Sort => {
  switch (sort as SubsidySort) {
    case '-amount':
      return [`-${fields.sortAmount}`, fields.sortDeadline, 'id']
    case 'newest':
      return ['-createdAt', '-id']
    default:
      return [fields.sortDeadline, 'id']
  }
}
