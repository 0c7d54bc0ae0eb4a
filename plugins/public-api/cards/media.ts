import type { Payload } from 'payload'

import type { ResolvedPublicApiOptions } from '../types'

type MediaInfo = { alt: string; thumbnailUrl: null | string; url: string }
export type MediaById = Map<string, MediaInfo>

/** Public image data (absolute URL, alt, thumbnail) of media documents, by id; none without a media collection. */
export const loadMedia = async (payload: Payload, options: ResolvedPublicApiOptions, ids: string[]): Promise<MediaById> => {
  const result: MediaById = new Map()
  const { media, serverURL } = options
  if (!media || !ids.length) return result
  const found = await payload.find({
    collection: media.slug,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: ids } },
  })
  const absolute = (url: unknown) => (typeof url === 'string' && url ? (url.startsWith('/') ? `${serverURL}${url}` : url) : null)
  for (const doc of found.docs as Record<string, any>[]) {
    const url = absolute(doc.url)
    if (!url) continue
    result.set(String(doc.id), {
      alt: doc[media.altField] ?? '',
      thumbnailUrl: absolute(doc.sizes?.[media.thumbnailSize]?.url),
      url,
    })
  }
  return result
}
