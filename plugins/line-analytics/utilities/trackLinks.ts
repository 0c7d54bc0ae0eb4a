import type { Payload, PayloadRequest } from 'payload'

import { CODE_PATTERN, SLUGS } from '../constants'
import { analyticsOptionsOf, publicBaseUrlOf } from '../runtime'
import { newLinkCode } from './codes'
import { collectMessageLinks, rewriteMessageLinks } from './rewriteLinks'

export type DeliveryLike = {
  aggregationUnit?: null | string
  collection?: null | string
  document?: null | number | string
  id?: null | number | string
  mode?: null | string
  segments?: unknown
}

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/** Segments of a delivery as one key (`"3"`, `"3,5"`): a union of segments is its own audience. */
export const segmentKeyOf = (segments: unknown): null | string => {
  const ids = (Array.isArray(segments) ? segments : []).map(idOf).filter((id): id is string => id !== null)
  return ids.length ? [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(',') : null
}

/** Category and department of the document a delivery sends, copied onto its links for filtering. */
export const sourceAttributesOf = async (payload: Payload, delivery: DeliveryLike, req?: PayloadRequest) => {
  const slug = delivery.collection ?? undefined
  const id = idOf(delivery.document)
  if (!slug || !id || !payload.collections[slug]) return { category: null, department: null, document: null }
  const line = payload.config.custom?.linePlugin as { collections?: { fields: { category: string }; slug: string }[] } | undefined
  const categoryField = line?.collections?.find((c) => c.slug === slug)?.fields.category ?? 'category'
  const doc = (await payload.findByID({ collection: slug, depth: 0, disableErrors: true, id, overrideAccess: true, req })) as null | Record<string, unknown>
  return {
    category: typeof doc?.[categoryField] === 'string' ? (doc[categoryField] as string) : null,
    department: idOf(doc?.department),
    document: `${slug}:${id}`,
  }
}

/** The codes of tracked links found in messages (what a delivery row says it sent). */
export const trackedCodesIn = (messages: unknown, trackedPrefix: string): string[] => {
  const text = JSON.stringify(messages ?? [])
  const codes = new Set<string>()
  let at = text.indexOf(trackedPrefix)
  while (at >= 0) {
    const code = /^[0-9A-Za-z]+/.exec(text.slice(at + trackedPrefix.length))?.[0]
    if (code && CODE_PATTERN.test(code)) codes.add(code)
    at = text.indexOf(trackedPrefix, at + 1)
  }
  return [...codes]
}

const createLink = async (payload: Payload, data: Record<string, unknown>, codeLength: number, req?: PayloadRequest) => {
  for (let attempt = 0; ; attempt++) {
    const code = newLinkCode(codeLength)
    try {
      await payload.create({ collection: SLUGS.links, data: { ...data, code }, depth: 0, overrideAccess: true, req })
      return code
    } catch (error) {
      // A collision of two random codes is astronomically rare; anything else is a real error.
      if (attempt >= 2) throw error
    }
  }
}

/**
 * Gives every web URL in a delivery's messages its own short code (one per delivery × link,
 * stored with the original target) and returns the messages with the URLs replaced by
 * `<publicBaseUrl>/l/<code>`. The delivery may not exist yet: the codes are tied to it when
 * the delivery row is written (see linkDeliveryCodes).
 */
export const trackDeliveryLinks = async <M>(
  payload: Payload,
  { delivery, messages, req }: { delivery: DeliveryLike; messages: M[]; req?: PayloadRequest },
): Promise<M[]> => {
  const options = analyticsOptionsOf(payload)
  if (options.disabled) return messages
  const prefix = `${publicBaseUrlOf(payload, options)}${options.redirectPath}/`
  const urls = collectMessageLinks(messages).filter((url) => !url.startsWith(prefix))
  if (urls.length === 0) return messages
  const attributes = await sourceAttributesOf(payload, delivery, req)
  const base = {
    aggregationUnit: delivery.aggregationUnit ?? null,
    delivery: delivery.id ?? null,
    segment: segmentKeyOf(delivery.segments),
    ...attributes,
  }
  const codes = new Map<string, string>()
  for (const url of urls) codes.set(url, await createLink(payload, { ...base, url }, options.codeLength, req))
  return rewriteMessageLinks(messages, (url) => (codes.has(url) ? `${prefix}${codes.get(url)}` : undefined))
}
