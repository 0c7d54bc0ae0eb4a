import type { Where } from 'payload'

/** A saved segment's rule: each non-empty criterion is one condition. */
export type SegmentRule = {
  ageBands?: null | string[]
  /** How the criteria combine. */
  combinator?: 'and' | 'or' | null
  /** Subscribers who registered at least one of these interests. */
  interests?: null | string[]
  municipalities?: null | string[]
}

const nonEmpty = (values: null | string[] | undefined) =>
  Array.isArray(values) ? values.filter((v) => typeof v === 'string' && v.length > 0) : []

/**
 * The Payload `where` of one segment's rule. A rule without criteria means every follower
 * (全県), so it returns undefined.
 */
export const ruleWhere = (rule: SegmentRule): undefined | Where => {
  const conditions: Where[] = []
  const municipalities = nonEmpty(rule.municipalities)
  const ageBands = nonEmpty(rule.ageBands)
  const interests = nonEmpty(rule.interests)
  if (municipalities.length) conditions.push({ municipality: { in: municipalities } })
  if (ageBands.length) conditions.push({ ageBand: { in: ageBands } })
  if (interests.length) conditions.push({ interests: { in: interests } })
  if (conditions.length === 0) return undefined
  if (conditions.length === 1) return conditions[0]
  return rule.combinator === 'or' ? { or: conditions } : { and: conditions }
}

/** Followers in any of the segments (a union: someone in two segments is one recipient). */
export const recipientsWhere = (rules: SegmentRule[]): Where => {
  const following: Where = { followState: { equals: 'following' } }
  const wheres = rules.map(ruleWhere)
  if (wheres.length === 0 || wheres.some((w) => w === undefined)) return following
  const union = wheres.length === 1 ? (wheres[0] as Where) : { or: wheres as Where[] }
  return { and: [following, union] }
}

/** Whether a subscriber's attributes match a rule (used to explain counts and in tests). */
export const matchesRule = (
  rule: SegmentRule,
  subscriber: { ageBand?: null | string; interests?: null | string[]; municipality?: null | string },
): boolean => {
  const checks: boolean[] = []
  const municipalities = nonEmpty(rule.municipalities)
  const ageBands = nonEmpty(rule.ageBands)
  const interests = nonEmpty(rule.interests)
  if (municipalities.length) checks.push(municipalities.includes(subscriber.municipality ?? ''))
  if (ageBands.length) checks.push(ageBands.includes(subscriber.ageBand ?? ''))
  if (interests.length) checks.push((subscriber.interests ?? []).some((i) => interests.includes(i)))
  if (checks.length === 0) return true
  return rule.combinator === 'or' ? checks.some(Boolean) : checks.every(Boolean)
}

export type CountWarning = { code: 'narrowcast' | 'statistics'; message: string }

/** Warnings an editor sees next to a segment's recipient count. */
export const countWarnings = (count: number): CountWarning[] => {
  const warnings: CountWarning[] = []
  if (count < 20) {
    warnings.push({
      code: 'statistics',
      message: '20人未満のため、LINEの配信統計（開封数など）は取得できません。',
    })
  }
  if (count < 50) {
    warnings.push({
      code: 'narrowcast',
      message: '50人未満のため、ナローキャスト配信はLINE側で失敗します（マルチキャストで送信します）。',
    })
  }
  return warnings
}
