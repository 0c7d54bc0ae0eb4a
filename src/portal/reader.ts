import type { PublicReader } from '@akita-dx/plugin-public-api'

import config from '@payload-config'
import { publicReader } from '@akita-dx/plugin-public-api'
import { getPayload } from 'payload'

/**
 * The public API's reader for the portal's pages: the pages show exactly what the API answers
 * (published programmes, public fields), from the same cache, with no HTTP round trip.
 */
export const portalReader = async (): Promise<PublicReader> => {
  const reader = publicReader(await getPayload({ config }))
  if (!reader) throw new Error('The founders’ portal needs the public API plugin')
  return reader
}

/** The portal's public origin, for canonical and OGP URLs. */
export const absoluteUrl = (reader: PublicReader, path: string): string => `${reader.serverURL}${path}`
