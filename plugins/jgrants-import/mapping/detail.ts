import { labelIn } from '@akita-dx/plugin-core/shared'

import type { JgrantsDetail } from '../jgrants/parse'
import type { ResolvedJgrantsOptions, Term } from '../types'

import { ATTRIBUTION, PORTAL_URL } from '../defaults'
import { htmlToText } from '../jgrants/htmlToText'
import { lexicalFromText } from './richText'

const key = (value: string) => value.normalize('NFKC').replace(/\s+/g, '')

const japaneseLabel = ({ label }: Term) => labelIn(label)

/** jGrants' text of a term (its Japanese label, normalised) → the stored value. */
const byText = (terms: readonly Term[]) => new Map(terms.map((term) => [key(japaneseLabel(term)), term.value]))

/** jGrants joins several values with " / ". */
const splitValues = (value: null | string | undefined) =>
  (value ?? '')
    .split('/')
    .map((v) => v.trim())
    .filter(Boolean)

const httpUrlOrNull = (value: null | string) => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null
  } catch {
    return null
  }
}

const providerOf = (detail: JgrantsDetail): { providerLevel: string; providerName: string } => {
  const name = detail.institution_name?.trim()
  if (!name) return { providerLevel: 'national', providerName: '国（Jグランツ掲載）' }
  if (/(都|道|府|県)$/.test(name) || name.includes('県庁')) return { providerLevel: 'prefecture', providerName: name }
  if (/(市|町|村)(役所|役場)?$/.test(name)) return { providerLevel: 'municipality', providerName: name }
  if (/商工会|商工会議所|中央会/.test(name)) return { providerLevel: 'chamber', providerName: name }
  return { providerLevel: 'national', providerName: name }
}

const employeeLimitOf = (text: null | string | undefined): null | number => {
  const match = (text ?? '').normalize('NFKC').match(/(\d+)\s*名以下/)
  return match ? Number(match[1]) : null
}

const stagesOf = (text: string): string[] => {
  const stages = new Set<string>()
  if (/創業|起業|開業/.test(text)) ['pre_founding', 'founding'].forEach((s) => stages.add(s))
  if (/事業承継|引継/.test(text)) stages.add('succession')
  if (stages.size === 0) stages.add('growth')
  return [...stages]
}

const isoOrNull = (value: null | string | undefined) => (value ? new Date(value).toISOString() : null)

/**
 * The values the import owns, mapped from jGrants onto the programme's fields (by the names of
 * ProgrammeFields), with jGrants' words turned into the vocabulary's values.
 */
export const detailMapper = (vocabulary: ResolvedJgrantsOptions['vocabulary']) => {
  const purposeByText = byText(vocabulary.purposes)
  const industryByText = byText(vocabulary.industries)
  const municipalities = vocabulary.municipalities.map((term) => ({ label: japaneseLabel(term), value: term.value }))
  const valuesOf = (text: null | string | undefined, known: Map<string, string>) =>
    splitValues(text)
      .map((v) => known.get(key(v)))
      .filter((v): v is string => Boolean(v))

  const areaOf = (detail: JgrantsDetail) => {
    const search = detail.target_area_search ?? ''
    const named = municipalities.filter((m) => (detail.target_area_detail ?? '').includes(m.label)).map((m) => m.value)
    if (!search || search.includes('全国')) return { areaScope: 'nationwide', municipalities: [] as string[] }
    if (named.length) return { areaScope: 'municipalities', municipalities: named }
    return { areaScope: 'prefecture', municipalities: [] as string[] }
  }

  return (detail: JgrantsDetail) => {
    const text = detail.detail ? htmlToText(detail.detail) : ''
    const firstParagraph = text.split('\n\n')[0]?.replace(/^- /, '') ?? ''
    const max = detail.subsidy_max_limit
    return {
      ...areaOf(detail),
      ...providerOf(detail),
      acceptanceEnd: isoOrNull(detail.acceptance_end_datetime),
      acceptanceStart: isoOrNull(detail.acceptance_start_datetime),
      applicationUrl: httpUrlOrNull(detail.front_subsidy_detail_page_url ?? null) ?? `${PORTAL_URL}${detail.id}`,
      catchPhrase: detail.subsidy_catch_phrase?.trim().slice(0, 120) || null,
      detail: lexicalFromText(text || detail.title),
      employeeLimit: employeeLimitOf(detail.target_number_of_employees),
      industries: valuesOf(detail.industry, industryByText),
      kind: /助成金/.test(detail.title) ? 'grant' : 'subsidy',
      maxAmount: max === null || max === undefined || max === '' ? null : Math.max(0, Math.round(Number(max))),
      purposes: valuesOf(detail.use_purpose, purposeByText),
      rateText: detail.subsidy_rate?.trim() || null,
      stages: stagesOf(`${detail.title} ${text}`),
      summary: (detail.subsidy_catch_phrase?.trim() || firstParagraph).slice(0, 600) || null,
      title: detail.title.trim(),
      yearRound: false,
    }
  }
}

export type MappedSubsidy = ReturnType<ReturnType<typeof detailMapper>>

/** Where the programme came from: jGrants, with its attribution and page. */
export const provenanceOf = (detail: JgrantsDetail) => ({
  attribution: ATTRIBUTION,
  externalId: detail.id,
  source: 'jgrants',
  sourceUrl: `${PORTAL_URL}${detail.id}`,
})
