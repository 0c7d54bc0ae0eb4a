import type { Payload } from 'payload'

type Label = Record<string, string> | string | undefined

/**
 * A collection's singular label in the admin's fallback language (Japanese here), kept in each
 * entry so the log reads 「お知らせ」 rather than a slug, also after the collection is renamed.
 */
export const collectionLabel = (payload: Payload, slug: string | undefined): null | string => {
  if (!slug) return null
  const config = payload.collections[slug]?.config
  const singular = config?.labels?.singular as Label
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object') {
    const language = payload.config.i18n?.fallbackLanguage ?? 'ja'
    return singular[language] ?? Object.values(singular)[0] ?? slug
  }
  return slug
}
