import type { CollectionConfig } from 'payload'

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
   * Keeps the collections and fields (stable schema) but closes them to writes, removes the
   * matching endpoint and skips the hooks.
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
   * Changes a collection after the plugin built it (labels, admin options, extra fields).
   * @default {}
   */
  overrides?: Partial<Record<TalentBankSlug, (collection: CollectionConfig) => CollectionConfig>>
  /**
   * The purpose of use shown to staff before they opt in (APPI: purpose stated).
   * @default DEFAULT_PURPOSE
   */
  purpose?: string
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

export type TalentBankSlug = 'help-matches' | 'help-requests' | 'skills' | 'staff-profiles'

export type ResolvedTalentBankOptions = Required<Omit<TalentBankPluginOptions, 'weights'>> & {
  weights: MatchWeights
}
