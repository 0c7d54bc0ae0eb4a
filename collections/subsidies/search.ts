/**
 * Normalises Japanese text for matching: NFKC folds full-width letters, digits and spaces
 * (「ＤＸ　創業」→「DX 創業」) and half-width katakana; lower case for Latin letters.
 */
export const normaliseForSearch = (value: string): string =>
  value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()

/** The text a keyword search looks through, in one normalised string. */
export const buildSearchText = (doc: {
  catchPhrase?: null | string
  keywords?: null | string[]
  providerName?: null | string
  summary?: null | string
  title?: null | string
}): string =>
  normaliseForSearch(
    [doc.title, doc.catchPhrase, doc.summary, ...(doc.keywords ?? []), doc.providerName]
      .filter((part): part is string => typeof part === 'string' && part.length > 0)
      .join(' '),
  )
