import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'

import type { HELP_MATCHES, HELP_REQUESTS, SKILLS, STAFF_PROFILES } from './constants'

export type TalentBankSlug = typeof HELP_MATCHES | typeof HELP_REQUESTS | typeof SKILLS | typeof STAFF_PROFILES

/** Options of the talent bank (人材バンク) plugin. */
export type TalentBankPluginOptions = {
  /**
   * Labels of the admin sidebar group that holds the plugin's collections.
   * @default { ja: '人材バンク', en: 'Talent bank' }
   */
  adminGroup?: Record<string, string>
  /**
   * Version of the consent text a staff member agrees to; stored on each profile with the date.
   * Raise it when the purpose changes so that profiles show which text they agreed to.
   * @default '2026-04'
   */
  consentVersion?: string
  /**
   * Keeps every collection and field (the schema does not change) and reads as before, but turns
   * the behaviour off: the collections take no writes, no hook changes anything (nor the one on
   * the users collection), no matching endpoint.
   * @default false
   */
  disabled?: boolean
  /**
   * Code of the department whose members count as 人事 (they see profiles shown to 人事).
   * @default 'jinji'
   */
  hrDepartmentCode?: string
  /**
   * Whether members of the requesting department are offered as candidates for its own request.
   * @default false
   */
  includeOwnDepartment?: boolean
  /**
   * Largest number of candidates the matches endpoint returns.
   * @default 50
   */
  maxCandidates?: number
  /**
   * Working hours in a month, which a profile's share of working time (応援に充てる割合) is taken of:
   * 20% of 155 hours offers 31 hours a month. A whole number ≥ 1.
   * @default 155
   */
  monthlyWorkingHours?: number
  /**
   * The app's staff: users and departments collections, role and department fields.
   * @default the suite's defaults (`users` with `roles` and `department`, `departments` with `code`)
   */
  organisation?: OrganisationOptions
  /**
   * Changes applied to a collection after the plugin built it, keyed by slug:
   * `{ skills: (collection) => collection }`.
   * @default {}
   */
  overrides?: CollectionOverrides<TalentBankSlug>
  /**
   * The purpose of use shown to staff before they opt in (APPI: purpose stated), one text or one
   * per admin language.
   * @default the `purpose` text of the plugin's translations (Japanese and English)
   */
  purpose?: Record<string, string> | string
  /**
   * Days before a 資格's expiry date its owner is told (once, in their notices), so that it can be renewed in time.
   * @default 60
   */
  qualificationExpiryWarningDays?: number
  /**
   * The users' field holding a person's name, copied to their profile and shown on candidate cards.
   * @default 'name'
   */
  userNameField?: string
  /**
   * Weights of the matching score.
   * @default { interests: 0.15 }
   */
  weights?: Partial<MatchWeights>
}

export type MatchWeights = {
  /** Bonus for required skills the person wants to use, relative to full coverage (1). */
  interests: number
}

export type ResolvedTalentBankOptions = {
  adminGroup: Record<string, string>
  consentVersion: string
  disabled: boolean
  hrDepartmentCode: string
  includeOwnDepartment: boolean
  maxCandidates: number
  monthlyWorkingHours: number
  organisation: Organisation
  overrides: CollectionOverrides<TalentBankSlug>
  purpose: { en: string; ja: string }
  qualificationExpiryWarningDays: number
  userNameField: string
  weights: MatchWeights
}
