import type { DeliverySource, MessageTransform } from '@akita-dx/plugin-line'
import type { Payload, PayloadRequest } from 'payload'

import { idKeyOf } from '@akita-dx/plugin-core/shared'
import { segmentKeyOf, sourcePart } from '@akita-dx/plugin-line'

import { SLUGS } from '../constants'
import { analyticsOptionsOf, trackedLinkPrefix } from '../options'
import { newLinkCode } from './codes'
import { collectMessageLinks, rewriteMessageLinks } from './rewriteLinks'

/** What a tracked link carries of its delivery, so that clicks can be filtered without a join. */
export type LinkAttributes = {
  aggregationUnit: null | string
  category: null | string
  department: null | string
  document: null | string
  segment: null | string
}

/**
 * A new delivery's attributes, from its draft and the source document the LINE plugin already
 * loaded: the source's category (one of the residents' interests) and department, and the
 * segments as one key.
 */
const linkAttributesOf = (payload: Payload, delivery: Record<string, unknown>, source: DeliverySource): LinkAttributes => {
  const { organisation } = analyticsOptionsOf(payload)
  const category = sourcePart(source.doc, source.fields.category)
  const id = idKeyOf(source.doc.id) ?? idKeyOf(delivery.document)
  return {
    aggregationUnit: typeof delivery.aggregationUnit === 'string' ? delivery.aggregationUnit : null,
    category: typeof category === 'string' ? category : null,
    department: idKeyOf(source.doc[organisation.departmentField]),
    document: id ? `${source.collection}:${id}` : null,
    segment: segmentKeyOf(delivery.segments),
  }
}

const createLink = async (payload: Payload, data: Record<string, unknown>, req?: PayloadRequest): Promise<string> => {
  const { codeLength } = analyticsOptionsOf(payload)
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
 * Gives every web URL in the messages its own short code (one per delivery × link, stored with
 * the original target and the attributes) and returns the messages with the URLs replaced by
 * `<publicBaseUrl>/l/<code>`, and the codes made. Links already tracked are left alone.
 */
export const trackLinks = async <M>(
  payload: Payload,
  {
    attributes,
    delivery = null,
    messages,
    req,
  }: { attributes: LinkAttributes; delivery?: null | number | string; messages: M[]; req?: PayloadRequest },
): Promise<{ created: string[]; messages: M[] }> => {
  const prefix = trackedLinkPrefix(payload)
  const urls = collectMessageLinks(messages).filter((url) => !url.startsWith(prefix))
  if (urls.length === 0) return { created: [], messages }
  const codes = new Map<string, string>()
  for (const url of urls) codes.set(url, await createLink(payload, { ...attributes, delivery, url }, req))
  return {
    created: [...codes.values()],
    messages: rewriteMessageLinks(messages, (url) => (codes.has(url) ? `${prefix}${codes.get(url)}` : undefined)),
  }
}

/**
 * The LINE plugin's transform of every new delivery's messages: tracked links in place of URLs.
 * The codes are made before the delivery row exists; `onCreated` ties them to it in the same
 * transaction.
 */
export const trackLinksTransform: MessageTransform = {
  name: 'line-analytics-tracked-links',
  onCreated: async ({ created, delivery, payload, req }) => {
    // A bulk update reports failures per document instead of throwing; an untied code would count for no delivery.
    const { errors } = await payload.update({
      collection: SLUGS.links,
      data: { delivery: delivery.id },
      depth: 0,
      overrideAccess: true,
      req,
      where: { code: { in: created } },
    })
    if (errors.length) {
      const reasons = errors.map((e) => e.message).join('; ')
      throw new Error(`line-analytics: tracked links could not be tied to delivery ${delivery.id}: ${reasons}`)
    }
  },
  transform: ({ delivery, messages, payload, req, source }) =>
    trackLinks(payload, { attributes: linkAttributesOf(payload, delivery, source), messages, req }),
}
