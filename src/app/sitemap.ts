import type { MetadataRoute } from 'next'

import type { ListPage, Read } from '@akita-dx/plugin-public-api'

import { portalReader } from '../portal/reader'

export const dynamic = 'force-dynamic'

/** Every page of a list of the API, 100 at a time (its largest page). */
const everyPage = async <T>(read: (query: Record<string, string>) => Promise<Read<ListPage<T>>>, query: Record<string, string>) => {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const found = await read({ ...query, limit: '100', page: String(page) })
    if (!found.ok) return docs
    docs.push(...found.value.docs)
    if (page >= found.value.totalPages) return docs
  }
}

/** The portal's pages for search engines: the lists, every published programme (closed ones too) and story. */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const reader = await portalReader()
  const at = (path: string) => `${reader.serverURL}${path}`
  const [programmes, stories] = await Promise.all([everyPage(reader.subsidies, { status: 'all' }), everyPage(reader.stories, {})])
  return [
    { changeFrequency: 'daily', priority: 1, url: at('/') },
    { changeFrequency: 'daily', priority: 0.9, url: at('/subsidies') },
    { changeFrequency: 'weekly', priority: 0.6, url: at('/stories') },
    { changeFrequency: 'monthly', priority: 0.7, url: at('/shindan') },
    ...programmes.map((p) => ({
      changeFrequency: 'weekly' as const,
      priority: p.status === 'closed' ? 0.3 : 0.8,
      url: at(`/subsidies/${p.slug}`),
    })),
    ...stories.map((s) => ({ changeFrequency: 'monthly' as const, priority: 0.5, url: at(`/stories/${s.slug}`) })),
  ]
}

export default sitemap
