import type { Payload } from 'payload'

/** Longest title kept: a heading to recognise the document by in lists and logs. */
const TITLE_LENGTH = 300

/**
 * The title of a document as its collection's admin shows it (`useAsTitle`); for a collection
 * without one, its `name`, else its id (what Payload's admin falls back to).
 */
export const documentTitleOf = (payload: Payload, slug: string, doc: Record<string, unknown> | null | undefined): null | string => {
  if (!doc) return null
  const configured = payload.collections[slug]?.config.admin?.useAsTitle
  const field = configured && configured !== 'id' ? configured : typeof doc.name === 'string' ? 'name' : 'id'
  const title = doc[field] ?? doc.id
  return title === undefined || title === null ? null : String(title).slice(0, TITLE_LENGTH)
}
