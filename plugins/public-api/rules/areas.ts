/**
 * Where a programme applies. Nationwide and prefecture-wide programmes apply in every
 * municipality; the others only in the municipalities they list.
 */
export const AREA_SCOPES = [
  { label: { en: 'Nationwide', ja: '全国' }, value: 'nationwide' },
  { label: { en: 'Whole prefecture', ja: '県内全域' }, value: 'prefecture' },
  { label: { en: 'Listed municipalities', ja: '指定の市町村' }, value: 'municipalities' },
] as const

export type AreaScope = (typeof AREA_SCOPES)[number]['value']

/** The scope of a programme that lists its municipalities. */
export const LISTED_MUNICIPALITIES: AreaScope = 'municipalities'

/** The scope of a programme that has none. */
export const DEFAULT_AREA_SCOPE: AreaScope = 'prefecture'

export const EVERY_MUNICIPALITY: readonly AreaScope[] = ['nationwide', 'prefecture']

/**
 * Whether a programme applies to a resident of `municipality`: the rule the list's municipality
 * filter queries (queries/subsidies.ts), for one programme already read.
 */
export const appliesInMunicipality = (scope: unknown, listed: unknown, municipality: null | string): boolean =>
  EVERY_MUNICIPALITY.includes((scope ?? DEFAULT_AREA_SCOPE) as AreaScope) ||
  (municipality !== null && Array.isArray(listed) && listed.includes(municipality))
