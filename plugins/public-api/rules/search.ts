/**
 * Normalises Japanese text for matching: NFKC folds full-width letters, digits and spaces
 * (「ＤＸ創業」→「DX創業」, the ideographic space → a space) and half-width katakana; lower case
 * for Latin letters. A collection's search text and the API's keywords both go through it.
 */
export const normaliseForSearch = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()

/** The words of a keyword query; LIKE wildcards are dropped so that a search for "%" is no filter. */
export const searchWords = (query: string): string[] =>
  normaliseForSearch(query)
    .replace(/[%_\\]/g, ' ')
    .split(' ')
    .filter(Boolean)
