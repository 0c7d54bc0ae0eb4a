import type { PublicReader, Read } from '@akita-dx/plugin-public-api'

import { notFound } from 'next/navigation'

import { portalReader } from './reader'

/** One published document by the page's slug, as the API answers it. */
export const readBySlug = async <T>(params: Promise<{ slug: string }>, read: (reader: PublicReader, slug: string) => Promise<Read<T>>) => {
  const reader = await portalReader()
  const { slug } = await params
  return { found: await read(reader, slug), reader }
}

/**
 * The document, or the portal's 404 when none is published under the slug; a failing database is
 * an error, not a 404. Only for the page itself: thrown from generateMetadata, notFound() would
 * escape the portal's not-found page.
 */
export const foundOr404 = <T>(found: Read<T>): T => {
  if (found.ok) return found.value
  if (found.status === 404) notFound()
  throw new Error(found.errors[0]?.message)
}
