import type { MetadataRoute } from 'next'

import { portalReader } from '../portal/reader'

export const dynamic = 'force-dynamic'

/** The portal is for everyone to find; the admin and the API's raw collections are not pages. */
const robots = async (): Promise<MetadataRoute.Robots> => {
  const reader = await portalReader()
  return {
    rules: { allow: ['/', '/api/public/'], disallow: ['/admin', '/api/'], userAgent: '*' },
    sitemap: `${reader.serverURL}/sitemap.xml`,
  }
}

export default robots
