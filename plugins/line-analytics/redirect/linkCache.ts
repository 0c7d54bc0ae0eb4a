import type { Payload } from 'payload'

import { idKeyOf } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { locationOf } from './location'

export type CachedLink = {
  category: null | string
  delivery: null | string
  department: null | string
  id: string
  /** The target as a Location header value; null when it is not a web URL (never followed). */
  location: null | string
  segment: null | string
}

const TTL_MS = 60_000
const MISS_TTL_MS = 5_000
const MAX_ENTRIES = 20_000

const textOf = (value: unknown): null | string => (typeof value === 'string' && value !== '' ? value : null)

/**
 * Codes looked up recently, so a burst of taps on the same few links costs one query each
 * minute, not one per tap. Misses are remembered briefly so a scan of random codes cannot
 * turn into a query per request.
 */
export class LinkCache {
  private entries = new Map<string, { expires: number; link: CachedLink | null }>()
  private loading = new Map<string, Promise<CachedLink | null>>()

  constructor(private readonly payload: Payload) {}

  /** The cached link (or miss) of a code, without waiting; undefined when it must be loaded. */
  peek(code: string): CachedLink | null | undefined {
    const hit = this.entries.get(code)
    return hit && hit.expires > Date.now() ? hit.link : undefined
  }

  get(code: string): Promise<CachedLink | null> {
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
          category: textOf(doc.category),
          delivery: idKeyOf(doc.delivery),
          department: textOf(doc.department),
          id: String(doc.id),
          location: locationOf(String(doc.url)),
          segment: textOf(doc.segment),
        }
      : null
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(code, { expires: Date.now() + (link ? TTL_MS : MISS_TTL_MS), link })
    return link
  }
}
