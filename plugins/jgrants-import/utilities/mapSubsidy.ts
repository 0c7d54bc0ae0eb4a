import { MUNICIPALITIES } from '../../../src/lib/akita'
import { lexicalFromText } from '../../../collections/subsidies/lexical'
import { INDUSTRIES, PURPOSES } from '../../../collections/subsidies/options'
import { ATTRIBUTION, PORTAL_URL } from '../defaults'
import { htmlToText } from './htmlToText'

/** The fields of a jGrants detail item we read (jGrants public API, `/subsidies/id/{id}`). */
export type JgrantsDetail = {
  acceptance_end_datetime?: null | string
  acceptance_start_datetime?: null | string
  detail?: null | string
  front_subsidy_detail_page_url?: null | string
  id: string
  industry?: null | string
  institution_name?: null | string
  subsidy_catch_phrase?: null | string
  subsidy_max_limit?: null | number | string
  subsidy_rate?: null | string
  target_area_detail?: null | string
  target_area_search?: null | string
  target_number_of_employees?: null | string
  title: string
  use_purpose?: null | string
}

export class MalformedItemError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedItemError'
  }
}

const key = (value: string) => value.normalize('NFKC').replace(/\s+/g, '')
const purposeByText = new Map(PURPOSES.map((p) => [key(p.ja), p.value]))
const industryByText = new Map(INDUSTRIES.map((i) => [key(i.ja), i.value]))

/** jGrants joins several values with " / ". */
const splitValues = (value: null | string | undefined) =>
  (value ?? '')
    .split('/')
    .map((v) => v.trim())
    .filter(Boolean)

const optionalString = (item: Record<string, unknown>, field: string): null | string => {
  const value = item[field]
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string') throw new MalformedItemError(`${field} is not a string`)
  return value
}

const optionalDate = (item: Record<string, unknown>, field: string): null | string => {
  const value = optionalString(item, field)
  if (value === null) return null
  const time = Date.parse(value)
  if (Number.isNaN(time)) throw new MalformedItemError(`${field} "${value.slice(0, 40)}" is not a date`)
  return new Date(time).toISOString()
}

const httpUrlOrNull = (value: null | string) => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null
  } catch {
    return null
  }
}

/** Checks the shape of one detail item; anything we cannot trust is reported, not guessed. */
export const parseDetail = (raw: unknown): JgrantsDetail => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new MalformedItemError('item is not an object')
  const item = raw as Record<string, unknown>
  if (typeof item.id !== 'string' || !item.id.trim()) throw new MalformedItemError('id is missing')
  if (typeof item.title !== 'string' || !item.title.trim()) throw new MalformedItemError('title is missing')
  const max = item.subsidy_max_limit
  if (max !== null && max !== undefined && max !== '' && !Number.isFinite(Number(max))) {
    throw new MalformedItemError('subsidy_max_limit is not a number')
  }
  for (const field of ['detail', 'industry', 'use_purpose', 'subsidy_rate', 'target_area_search', 'target_area_detail', 'target_number_of_employees', 'subsidy_catch_phrase', 'front_subsidy_detail_page_url', 'institution_name']) {
    optionalString(item, field)
  }
  optionalDate(item, 'acceptance_start_datetime')
  optionalDate(item, 'acceptance_end_datetime')
  return item as unknown as JgrantsDetail
}

const providerOf = (detail: JgrantsDetail): { providerLevel: string; providerName: string } => {
  const name = detail.institution_name?.trim()
  if (!name) return { providerLevel: 'national', providerName: '国（Jグランツ掲載）' }
  if (/(都|道|府|県)$/.test(name) || name.includes('県庁')) return { providerLevel: 'prefecture', providerName: name }
  if (/(市|町|村)(役所|役場)?$/.test(name)) return { providerLevel: 'municipality', providerName: name }
  if (/商工会|商工会議所|中央会/.test(name)) return { providerLevel: 'chamber', providerName: name }
  return { providerLevel: 'national', providerName: name }
}

const areaOf = (detail: JgrantsDetail) => {
  const search = detail.target_area_search ?? ''
  const named = MUNICIPALITIES.filter((m) => (detail.target_area_detail ?? '').includes(m.label)).map((m) => m.value)
  if (!search || search.includes('全国')) return { areaScope: 'nationwide', municipalities: [] as string[] }
  if (named.length) return { areaScope: 'municipalities', municipalities: named }
  return { areaScope: 'prefecture', municipalities: [] as string[] }
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

/** The values the import owns: mapped from jGrants onto the programme's fields. */
export const mapDetail = (detail: JgrantsDetail) => {
  const text = detail.detail ? htmlToText(detail.detail) : ''
  const firstParagraph = text.split('\n\n')[0]?.replace(/^- /, '') ?? ''
  const max = detail.subsidy_max_limit
  const maxAmount = max === null || max === undefined || max === '' ? null : Math.max(0, Math.round(Number(max)))
  return {
    ...areaOf(detail),
    ...providerOf(detail),
    acceptanceEnd: detail.acceptance_end_datetime ? new Date(detail.acceptance_end_datetime).toISOString() : null,
    acceptanceStart: detail.acceptance_start_datetime ? new Date(detail.acceptance_start_datetime).toISOString() : null,
    applicationUrl: httpUrlOrNull(detail.front_subsidy_detail_page_url ?? null) ?? `${PORTAL_URL}${detail.id}`,
    catchPhrase: detail.subsidy_catch_phrase?.trim().slice(0, 120) || null,
    detail: lexicalFromText(text || detail.title),
    employeeLimit: employeeLimitOf(detail.target_number_of_employees),
    industries: splitValues(detail.industry)
      .map((v) => industryByText.get(key(v)))
      .filter((v): v is (typeof INDUSTRIES)[number]['value'] => Boolean(v)),
    kind: /助成金/.test(detail.title) ? 'grant' : 'subsidy',
    maxAmount,
    purposes: splitValues(detail.use_purpose)
      .map((v) => purposeByText.get(key(v)))
      .filter((v): v is (typeof PURPOSES)[number]['value'] => Boolean(v)),
    rateText: detail.subsidy_rate?.trim() || null,
    stages: stagesOf(`${detail.title} ${text}`),
    summary: (detail.subsidy_catch_phrase?.trim() || firstParagraph).slice(0, 600) || null,
    title: detail.title.trim(),
    yearRound: false,
  }
}

export type MappedSubsidy = ReturnType<typeof mapDetail>

export const provenanceOf = (detail: JgrantsDetail) => ({
  attribution: ATTRIBUTION,
  externalId: detail.id,
  source: 'jgrants' as const,
  sourceUrl: `${PORTAL_URL}${detail.id}`,
})
