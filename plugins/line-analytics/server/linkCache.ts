import type { Payload } from 'payload'

import { SLUGS } from '../constants'

export type CachedLink = {
  category: null | string
  delivery: null | string
  department: null | string
  id: string
  segment: null | string
  url: string
}

const TTL_MS = 60_000
const MISS_TTL_MS = 5_000
const MAX_ENTRIES = 20_000

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/**
 * Codes looked up recently, so a burst of taps on the same few links costs one query each
 * minute, not one per tap. Misses are remembered briefly so a scan of random codes cannot
 * turn into a query per request.
 */
export class LinkCache {
  private entries = new Map<string, { expires: number; link: CachedLink | null }>()
  private loading = new Map<string, Promise<CachedLink | null>>()

  constructor(private readonly payload: Payload) {}

  async get(code: string): Promise<CachedLink | null> {
    const hit = this.entries.get(code)
    if (hit && hit.expires > Date.now()) return hit.link
    let pending = this.loading.get(code)
    if (!pending) {
      pending = this.load(code).finally(() => this.loading.delete(code))
      this.loading.set(code, pending)
    }
    return pending
  }

  private async load(code: string): Promise<CachedLink | null> {
    const found = await this.payload.find({
      collection: SLUGS.links,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { code: { equals: code } },
    })
    const doc = found.docs[0] as Record<string, unknown> | undefined
    const link: CachedLink | null = doc
      ? {
          category: (doc.category as null | string) ?? null,
          delivery: idOf(doc.delivery),
          department: (doc.department as null | string) ?? null,
          id: String(doc.id),
          segment: (doc.segment as null | string) ?? null,
          url: String(doc.url),
        }
      : null
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(code, { expires: Date.now() + (link ? TTL_MS : MISS_TTL_MS), link })
    return link
  }

  forget(code?: string) {
    if (code) this.entries.delete(code)
    else this.entries.clear()
  }
}
