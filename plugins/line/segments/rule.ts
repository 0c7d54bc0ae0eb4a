import type { Where } from 'payload'

import { matchesWhere } from '@akita-dx/plugin-core'

/** A saved segment's rule: each non-empty criterion is one condition. */
export type SegmentRule = {
  ageBands?: null | string[]
  /** How the criteria combine. */
  combinator?: 'and' | 'or' | null
  /** Subscribers who registered at least one of these interests. */
  interests?: null | string[]
  municipalities?: null | string[]
}

/**
 * The one definition of a segment: which rule list filters which subscriber field. Every form of
 * the rule (Payload's `where` for counts, the SQL of the freeze, the in-memory check) is derived
 * from `ruleWhere` below; `interests` is a hasMany field, so "in" means at least one in common.
 */
const CRITERIA = [
  { field: 'municipality', rule: 'municipalities' },
  { field: 'ageBand', rule: 'ageBands' },
  { field: 'interests', rule: 'interests' },
] as const satisfies { field: string; rule: keyof SegmentRule }[]

export type SubscriberAttributes = { ageBand?: null | string; interests?: null | string[]; municipality?: null | string }

/** The codes of a rule's (or a document's) list: its non-empty strings; nothing for anything else. */
export const nonEmpty = (values: unknown): string[] =>
  Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string' && v.length > 0) : []

/** The `where` of one rule over subscribers; undefined for a rule without criteria (every follower, 全県). */
export const ruleWhere = (rule: SegmentRule): undefined | Where => {
  const conditions: Where[] = CRITERIA.map(({ field, rule: key }) => ({ field, values: nonEmpty(rule[key]) }))
    .filter(({ values }) => values.length > 0)
    .map(({ field, values }) => ({ [field]: { in: values } }))
  if (conditions.length === 0) return undefined
  if (conditions.length === 1) return conditions[0]
  return rule.combinator === 'or' ? { or: conditions } : { and: conditions }
}

/**
 * Whether a rule can reach a follower registered outside the municipalities `targets` (a
 * document's 対象市町村): it names no municipality, names one outside them, or lets another
 * criterion stand instead (`or`).
 */
export const reachesBeyond = (rule: SegmentRule, targets: string[]): boolean => {
  const municipalities = nonEmpty(rule.municipalities)
  if (municipalities.length === 0 || municipalities.some((m) => !targets.includes(m))) return true
  const others = CRITERIA.filter(({ rule: key }) => key !== 'municipalities' && nonEmpty(rule[key]).length > 0)
  return rule.combinator === 'or' && others.length > 0
}

const FOLLOWING: Where = { followState: { equals: 'following' } }

/** Followers in any of the rules (a union: someone in two segments is one recipient). */
export const recipientsWhere = (rules: SegmentRule[]): Where => {
  const wheres = rules.map(ruleWhere)
  if (wheres.length === 0 || wheres.some((w) => w === undefined)) return FOLLOWING
  return { and: [FOLLOWING, wheres.length === 1 ? (wheres[0] as Where) : { or: wheres as Where[] }] }
}

/** Whether a subscriber's attributes match a rule (explanations, tests). */
export const matchesRule = (rule: SegmentRule, subscriber: SubscriberAttributes): boolean => {
  const where = ruleWhere(rule)
  return where ? matchesWhere(subscriber as Record<string, unknown>, where) : true
}
