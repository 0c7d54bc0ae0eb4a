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

const TEXT_FIELDS = [
  'detail',
  'industry',
  'use_purpose',
  'subsidy_rate',
  'target_area_search',
  'target_area_detail',
  'target_number_of_employees',
  'subsidy_catch_phrase',
  'front_subsidy_detail_page_url',
  'institution_name',
] as const

const optionalString = (item: Record<string, unknown>, field: string): null | string => {
  const value = item[field]
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string') throw new MalformedItemError(`${field} is not a string`)
  return value
}

const checkDate = (item: Record<string, unknown>, field: string) => {
  const value = optionalString(item, field)
  if (value !== null && Number.isNaN(Date.parse(value))) throw new MalformedItemError(`${field} "${value.slice(0, 40)}" is not a date`)
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
  for (const field of TEXT_FIELDS) optionalString(item, field)
  checkDate(item, 'acceptance_start_datetime')
  checkDate(item, 'acceptance_end_datetime')
  return item as unknown as JgrantsDetail
}
