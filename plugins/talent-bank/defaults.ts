import type { ResolvedTalentBankOptions, TalentBankPluginOptions } from './types'

export const DEFAULT_PURPOSE =
  '庁内の業務応援（マルチワーク）の候補者探し、人材育成および人事配置の参考とするために利用します。' +
  '公開範囲は本人が選べ、同意はいつでも撤回できます。撤回するとプロフィールは直ちに本人以外から見えなくなります。'

export const resolveOptions = (options: TalentBankPluginOptions = {}): ResolvedTalentBankOptions => ({
  adminGroup: options.adminGroup ?? { en: 'Talent bank', ja: '人材バンク' },
  consentVersion: options.consentVersion ?? '2026-04',
  disabled: options.disabled ?? false,
  hrDepartmentCode: options.hrDepartmentCode ?? 'jinji',
  includeOwnDepartment: options.includeOwnDepartment ?? false,
  maxCandidates: options.maxCandidates ?? 50,
  overrides: options.overrides ?? {},
  purpose: options.purpose ?? DEFAULT_PURPOSE,
  weights: { interests: options.weights?.interests ?? 0.15 },
})
