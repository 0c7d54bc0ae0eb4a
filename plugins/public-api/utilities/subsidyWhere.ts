import type { Sort, Where } from 'payload'

import type { SubsidyStatus } from '../../../collections/subsidies/options'
import type { SubsidySort } from '../params/definitions'
import type { ParamValue } from '../params/types'

import { normaliseForSearch } from '../../../collections/subsidies/search'
import { statusWhere } from '../../../collections/subsidies/status'

const PUBLISHED: Where = { _status: { equals: 'published' } }

const list = (value: ParamValue): string[] | undefined =>
  Array.isArray(value) && value.length > 0 ? value : undefined

/** The database query of `GET /subsidies`: published programmes only, every filter ANDed. */
export const buildSubsidyWhere = (
  values: Record<string, ParamValue>,
  { closingSoonDays, now }: { closingSoonDays: number; now: Date },
): Where => {
  const and: Where[] = [PUBLISHED]
  if (typeof values.q === 'string') {
    // LIKE wildcards in the input are taken literally by dropping them: a search for "%" is no filter.
    const words = normaliseForSearch(values.q).replace(/[%_\\]/g, ' ').split(' ').filter(Boolean)
    if (words.length) and.push({ searchText: { like: words.join(' ') } })
  }
  const purposes = list(values.purpose)
  if (purposes) and.push({ purposes: { in: purposes } })
  const industries = list(values.industry)
  if (industries) and.push({ or: [{ anyIndustry: { equals: true } }, { industries: { in: industries } }] })
  const stages = list(values.stage)
  if (stages) and.push({ stages: { in: stages } })
  const kinds = list(values.kind)
  if (kinds) and.push({ kind: { in: kinds } })
  const providers = list(values.provider)
  if (providers) and.push({ providerLevel: { in: providers } })
  const municipalities = list(values.municipality)
  if (municipalities) {
    and.push({
      or: [{ areaScope: { in: ['nationwide', 'prefecture'] } }, { municipalities: { in: municipalities } }],
    })
  }
  const statuses = list(values.status)
  if (statuses) and.push(statusWhere(statuses as SubsidyStatus[], now, closingSoonDays))
  if (typeof values.amountMin === 'number') and.push({ maxAmount: { greater_than_equal: values.amountMin } })
  if (typeof values.employees === 'number') {
    and.push({
      or: [{ employeeLimit: { exists: false } }, { employeeLimit: { greater_than_equal: values.employees } }],
    })
  }
  return { and }
}

/** Sort keys without NULLs (see the collection's derived fields) and the id as a tie-breaker for stable pages. */
export const subsidySort = (sort: ParamValue): Sort => {
  switch (sort as SubsidySort) {
    case '-amount':
      return ['-sortAmount', 'sortDeadline', 'id']
    case 'newest':
      return ['-createdAt', '-id']
    default:
      return ['sortDeadline', 'id']
  }
}

export const storyWhere = (values: Record<string, ParamValue>): Where => {
  const and: Where[] = [PUBLISHED]
  if (typeof values.q === 'string') {
    const words = normaliseForSearch(values.q).replace(/[%_\\]/g, ' ').split(' ').filter(Boolean)
    for (const word of words) {
      and.push({
        or: [
          { founderName: { like: word } },
          { company: { like: word } },
          { title: { like: word } },
          { quote: { like: word } },
          { tags: { contains: word } },
        ],
      })
    }
  }
  const municipalities = list(values.municipality)
  if (municipalities) and.push({ municipality: { in: municipalities } })
  const industries = list(values.industry)
  if (industries) and.push({ industry: { in: industries } })
  return { and }
}
