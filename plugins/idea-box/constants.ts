/** Collection slugs other code relies on (issue 4, "Names others rely on"). */
export const IDEAS = 'ideas'
export const IDEA_VOTES = 'idea-votes'
export const IDEA_COMMENTS = 'idea-comments'
export const IDEA_FLAGS = 'idea-flags'
export const IDEA_ATTACHMENTS = 'idea-attachments'

type Label = { en: string; ja: string }
type Option<V extends string> = { label: Label; value: V }

export const IDEA_KINDS = [
  { label: { en: 'Idea', ja: 'アイデア' }, value: 'idea' },
  { label: { en: 'Problem', ja: '困りごと' }, value: 'problem' },
] as const satisfies Option<string>[]
export type IdeaKind = (typeof IDEA_KINDS)[number]['value']

export const IDEA_STATES = [
  { label: { en: 'Awaiting answer', ja: '未回答' }, value: 'open' },
  { label: { en: 'Under consideration', ja: '検討中' }, value: 'considering' },
  { label: { en: 'Accepted', ja: '採用' }, value: 'accepted' },
  { label: { en: 'Not accepted', ja: '不採用' }, value: 'rejected' },
  { label: { en: 'Implemented', ja: '実施済' }, value: 'done' },
  { label: { en: 'Withdrawn', ja: '取り下げ' }, value: 'withdrawn' },
] as const satisfies Option<string>[]
export type IdeaState = (typeof IDEA_STATES)[number]['value']

/** Staff can vote (and withdraw a vote) only while the department has not decided. */
export const VOTABLE_STATES: readonly IdeaState[] = ['open', 'considering']

/** States in which a 困りごと with an official answer counts as solved know-how. */
export const SOLVED_STATES: readonly IdeaState[] = ['accepted', 'done']

export const STANCES = [
  { label: { en: 'In favour', ja: '賛成' }, value: 'support' },
  { label: { en: 'Neutral', ja: '中立' }, value: 'neutral' },
  { label: { en: 'Concern', ja: '懸念' }, value: 'concern' },
] as const satisfies Option<string>[]

export const FLAG_REASONS = [
  { label: { en: 'Spam', ja: 'スパム' }, value: 'spam' },
  { label: { en: 'Inappropriate', ja: '不適切' }, value: 'inappropriate' },
  { label: { en: 'Off topic', ja: '対象外' }, value: 'off-topic' },
] as const satisfies Option<string>[]

export const FLAG_STATUSES = [
  { label: { en: 'Open', ja: '未対応' }, value: 'open' },
  { label: { en: 'Reviewed', ja: '確認済' }, value: 'reviewed' },
] as const satisfies Option<string>[]

export const MODERATION_STATES = [
  { label: { en: 'Visible', ja: '公開' }, value: 'visible' },
  { label: { en: 'Hidden pending review', ja: '通報により非表示（確認待ち）' }, value: 'pending' },
  { label: { en: 'Hidden by an administrator', ja: '管理者が非表示' }, value: 'hidden' },
] as const satisfies Option<string>[]
export type ModerationState = (typeof MODERATION_STATES)[number]['value']

export const DEFAULT_CATEGORIES = [
  { label: { en: 'Efficiency', ja: '業務効率化' }, value: 'efficiency' },
  { label: { en: 'Digital', ja: 'デジタル化' }, value: 'digital' },
  { label: { en: 'Ways of working', ja: '働き方' }, value: 'workstyle' },
  { label: { en: 'Buildings and equipment', ja: '庁舎・設備' }, value: 'facilities' },
  { label: { en: 'Services for residents', ja: '住民サービス' }, value: 'service' },
  { label: { en: 'Training', ja: '人材育成' }, value: 'training' },
  { label: { en: 'Disaster preparedness', ja: '防災' }, value: 'disaster' },
  { label: { en: 'Other', ja: 'その他' }, value: 'other' },
] as const satisfies Option<string>[]

export const ADMIN_GROUP = { en: 'Idea box', ja: 'アイデアボックス' }

/** Request context keys that let the plugin's own writes skip the plugin's hooks. */
export const CONTEXT_SKIP_COUNTERS = 'ideaBoxSkipCounters'
