/**
 * The n-gram tokens of the keyword index. Japanese has no spaces between words and founders type
 * one- and two-character words (創業, IT), which trigram indexes cannot find; so a text is indexed
 * by its single characters and its character pairs, and a query word by its pairs (a single
 * character by itself). A word that is in a text has all its pairs in the text's pairs, so the
 * index never misses a match; it can over-match (pairs in another order), which the exact
 * substring test after it removes.
 *
 * Each gram is spelled as ASCII letters and digits (the code points in base 36), so that every
 * database's plain word tokenizer (SQLite FTS5 `ascii`, PostgreSQL `simple`) keeps it as one token
 * whatever the characters were (punctuation, symbols, kana).
 */

const codeOf = (char: string) => char.codePointAt(0)!.toString(36).padStart(4, '0')

const unigram = (char: string) => `u${codeOf(char)}`

const bigram = (first: string, second: string) => `b${codeOf(first)}${codeOf(second)}`

/** The distinct tokens of a normalised search text (grams across a space are left out: a query word has none). */
export const textTokens = (text: string): string[] => {
  const tokens = new Set<string>()
  for (const word of text.split(' ')) {
    const chars = [...word]
    chars.forEach((char, i) => {
      tokens.add(unigram(char))
      if (i > 0) tokens.add(bigram(chars[i - 1], char))
    })
  }
  return [...tokens]
}

/** The tokens every text containing the (normalised, space-free) word has. */
export const wordTokens = (word: string): string[] => {
  const chars = [...word]
  if (chars.length === 1) return [unigram(chars[0])]
  return [...new Set(chars.slice(1).map((char, i) => bigram(chars[i], char)))]
}
