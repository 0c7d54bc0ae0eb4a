import type { ID } from '@akita-dx/plugin-core/shared'

type SkillTerm = { aliases?: null | string[]; id: ID; name: string }

/** Full-width to half-width, lower case, no spaces or middle dots: 「Ｐｙｔｈｏｎ 」 equals 「python」. */
export const normaliseTerm = (term: string): string =>
  term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・･\-_/]/g, '')

export type SkillIndex = {
  /** Skills that are synonyms of each other (shared name or alias) share a group key. */
  groupOf: (skill: ID) => string
  nameOf: (skill: ID) => string
  /** Groups whose name or alias (two characters or more) occurs in free text, e.g. a qualification. */
  groupsInText: (text: string) => string[]
}

/**
 * Groups the taxonomy into synonym sets: two skills whose names or aliases coincide after
 * normalisation are the same skill for matching (e.g. 「データ分析」 and 「データ解析」 when one lists
 * the other as an alias).
 */
export const buildSkillIndex = (skills: SkillTerm[]): SkillIndex => {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) as string
    parent.set(key, root)
    return root
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
  }
  const owner = new Map<string, string>()
  const names = new Map<string, string>()
  for (const skill of skills) {
    const key = String(skill.id)
    parent.set(key, key)
    names.set(key, skill.name)
  }
  for (const skill of skills) {
    const key = String(skill.id)
    for (const term of [skill.name, ...(skill.aliases ?? [])]) {
      const norm = normaliseTerm(term)
      if (!norm) continue
      const previous = owner.get(norm)
      if (previous) union(previous, key)
      else owner.set(norm, key)
    }
  }
  const terms = new Map<string, Set<string>>()
  for (const [term, key] of owner) {
    const group = find(key)
    if (!terms.has(group)) terms.set(group, new Set())
    terms.get(group)!.add(term)
  }
  const sortedTerms = new Map([...terms].map(([group, set]) => [group, [...set].sort((a, b) => b.length - a.length)]))
  return {
    groupOf: (skill) => (parent.has(String(skill)) ? find(String(skill)) : `unknown:${skill}`),
    groupsInText: (text) => {
      const norm = normaliseTerm(text)
      return [...sortedTerms].filter(([, list]) => list.some((term) => term.length >= 2 && norm.includes(term))).map(([g]) => g)
    },
    nameOf: (skill) => names.get(String(skill)) ?? String(skill),
  }
}
