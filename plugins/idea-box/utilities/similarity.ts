/**
 * Character bigrams of a text: Japanese has no spaces between words, so pairs of characters are
 * what two wordings of the same idea share (給与入力 and 入力作業 share 入力). Width and case are
 * folded (ＲＰＡ = RPA), spaces and punctuation dropped.
 */
export const bigramsOf = (text: string): Set<string> => {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
  const grams = new Set<string>()
  for (let i = 0; i < folded.length - 1; i += 1) grams.add(folded.slice(i, i + 2))
  if (folded.length === 1) grams.add(folded)
  return grams
}

/** Dice's coefficient of two bigram sets: 1 for the same text, 0 for nothing in common. */
export const dice = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const gram of a) if (b.has(gram)) shared += 1
  return (2 * shared) / (a.size + b.size)
}

/** How alike a draft and an existing idea are, the titles counting most (a body says more, and more loosely). */
export const ideaSimilarity = (draft: { body: Set<string>; title: Set<string> }, idea: { body: Set<string>; title: Set<string> }) =>
  0.7 * dice(draft.title, idea.title) + 0.3 * dice(draft.body.size ? draft.body : draft.title, idea.body)
