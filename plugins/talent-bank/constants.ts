/** Collection slugs other parts of the product rely on. */
export const SKILLS = 'skills'
export const STAFF_PROFILES = 'staff-profiles'
export const HELP_REQUESTS = 'help-requests'
export const HELP_MATCHES = 'help-matches'

/** Skill levels with what each means in practice, shown to staff when they rate themselves. */
export const SKILL_LEVELS = [
  { description: '研修を受けた・独学で触れたことがある', label: 'Lv1 入門', value: '1' },
  { description: '指導を受けながら実務ができる', label: 'Lv2 初級', value: '2' },
  { description: '一人で実務を任せられる', label: 'Lv3 中級', value: '3' },
  { description: '他の職員に教えられる・難しい案件を担当できる', label: 'Lv4 上級', value: '4' },
  { description: '庁外でも通用する専門家として助言できる', label: 'Lv5 専門家', value: '5' },
] as const

export const skillLevelOptions = SKILL_LEVELS.map((level) => ({
  label: { en: `Level ${level.value}`, ja: `${level.label}：${level.description}` },
  value: level.value,
}))

export const SKILL_CATEGORIES = [
  { label: { en: 'IT', ja: 'IT' }, value: 'it' },
  { label: { en: 'Statistics & data', ja: '統計・データ' }, value: 'data' },
  { label: { en: 'Languages', ja: '語学' }, value: 'language' },
  { label: { en: 'Legal', ja: '法務' }, value: 'legal' },
  { label: { en: 'PR & design', ja: '広報・デザイン' }, value: 'pr' },
  { label: { en: 'Finance & accounting', ja: '財務・会計' }, value: 'finance' },
  { label: { en: 'Planning & policy', ja: '企画・政策' }, value: 'planning' },
  { label: { en: 'Business support', ja: '産業・経営支援' }, value: 'business' },
  { label: { en: 'Health & welfare', ja: '保健・福祉' }, value: 'welfare' },
  { label: { en: 'Agriculture & forestry', ja: '農林水産' }, value: 'agriculture' },
  { label: { en: 'Disaster management', ja: '防災・危機管理' }, value: 'disaster' },
  { label: { en: 'Other', ja: 'その他' }, value: 'other' },
]

export const VISIBILITY = ['self', 'hr', 'all'] as const
export type Visibility = (typeof VISIBILITY)[number]

export const visibilityOptions = [
  { label: { en: 'Only me', ja: '本人のみ' }, value: 'self' },
  { label: { en: 'Human resources', ja: '人事' }, value: 'hr' },
  { label: { en: 'Whole government', ja: '全庁' }, value: 'all' },
]

export const AVAILABILITY = ['none', 'monthly', 'weekly'] as const
export type Availability = (typeof AVAILABILITY)[number]

export const availabilityOptions = [
  { label: { en: 'Not available', ja: '不可' }, value: 'none' },
  { label: { en: 'A few hours a month', ja: '月数時間' }, value: 'monthly' },
  { label: { en: 'A few hours a week', ja: '週数時間' }, value: 'weekly' },
]

export const consentStatusOptions = [
  { label: { en: 'Given', ja: '同意する' }, value: 'given' },
  { label: { en: 'Withdrawn', ja: '同意を撤回する' }, value: 'withdrawn' },
]

export const approvalOptions = [
  { label: { en: 'Pending', ja: '未承認' }, value: 'pending' },
  { label: { en: 'Approved', ja: '承認' }, value: 'approved' },
  { label: { en: 'Declined', ja: '不承認' }, value: 'declined' },
]

export const requestStatusOptions = [
  { label: { en: 'Open', ja: '募集中' }, value: 'open' },
  { label: { en: 'Matched', ja: 'マッチ済' }, value: 'matched' },
  { label: { en: 'Closed', ja: '終了' }, value: 'closed' },
]

export const MATCH_STATUSES = ['proposed', 'accepted', 'declined', 'cancelled'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]

export const matchStatusOptions = [
  { label: { en: 'Proposed', ja: '打診中' }, value: 'proposed' },
  { label: { en: 'Accepted', ja: '承諾' }, value: 'accepted' },
  { label: { en: 'Declined', ja: '辞退' }, value: 'declined' },
  { label: { en: 'Cancelled', ja: '取消' }, value: 'cancelled' },
]
