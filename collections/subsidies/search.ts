import { normaliseForSearch } from '@akita-dx/plugin-public-api'

/** The text a keyword search of the public API looks through, in one string normalised as the API normalises its keywords. */
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
