/**
 * Support programmes of the demo seed: realistic for Akita, not official figures. Dates are day
 * offsets from the seed run (in Japan time) so the demo always shows every status: open, closing
 * soon, upcoming, closed and year-round.
 */
export type SeedSubsidy = {
  /** Department code owning the programme (prefectural ones); none for municipal and partner programmes. */
  department?: string
  detail: string[]
  eligibleEntities: string
  employeeLimit?: number
  industries?: string[]
  inquiry: { email?: string; section: string; tel: string }
  keywords?: string[]
  kind: 'grant' | 'interest' | 'loan' | 'other' | 'subsidy' | 'tax'
  maxAmount?: number
  municipalities?: string[]
  providerLevel: 'chamber' | 'financial' | 'municipality' | 'national' | 'prefecture'
  providerName: string
  purposes: string[]
  rateText?: string
  /** Acceptance period as [start, end] day offsets from the seed day; 'yearRound' for 通年. */
  schedule: [null | number, null | number] | 'yearRound'
  slug: string
  stages: string[]
  summary: string
  catchPhrase: string
  title: string
  applicationMethod: string
  applicationUrl?: string
}

export { MUNICIPAL_SUBSIDIES } from './subsidies-municipal'
export { PARTNER_SUBSIDIES } from './subsidies-partners'
export { PREFECTURE_SUBSIDIES } from './subsidies-prefecture'
