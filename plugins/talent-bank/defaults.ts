import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions, TalentBankPluginOptions } from './types'

import { DEFAULT_MONTHLY_WORKING_HOURS } from './matching/scoring'
import { label } from './translations'

const purposeOf = (purpose: TalentBankPluginOptions['purpose']): { en: string; ja: string } => {
  if (purpose === undefined) return label('purpose')
  if (typeof purpose === 'string') return { en: purpose, ja: purpose }
  const ja = purpose.ja ?? purpose.en ?? Object.values(purpose)[0] ?? ''
  return { en: purpose.en ?? ja, ja }
}

/** Fills in defaults and rejects nonsense options when the config is built, not at the first request. */
export const resolveOptions = (options: TalentBankPluginOptions = {}): ResolvedTalentBankOptions => ({
  adminGroup: options.adminGroup ?? label('adminGroup'),
  consentVersion: options.consentVersion ?? '2026-04',
  disabled: options.disabled ?? false,
  hrDepartmentCode: options.hrDepartmentCode ?? 'jinji',
  includeOwnDepartment: options.includeOwnDepartment ?? false,
  maxCandidates: integerOption('talentBankPlugin', 'maxCandidates', options.maxCandidates, 50),
  monthlyWorkingHours: integerOption('talentBankPlugin', 'monthlyWorkingHours', options.monthlyWorkingHours, DEFAULT_MONTHLY_WORKING_HOURS),
  organisation: resolveOrganisation(options.organisation),
  overrides: options.overrides ?? {},
  purpose: purposeOf(options.purpose),
  qualificationExpiryWarningDays: integerOption(
    'talentBankPlugin',
    'qualificationExpiryWarningDays',
    options.qualificationExpiryWarningDays,
    60,
  ),
  userNameField: options.userNameField ?? 'name',
  weights: { interests: options.weights?.interests ?? 0.15 },
})
