import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '../constants'
import { analyticsOptionsOf, publicBaseUrlOf } from '../runtime'
import type { ResolvedAnalyticsOptions } from '../types'
import { segmentKeyOf, sourceAttributesOf, trackedCodesIn } from '../utilities/trackLinks'

/**
 * Ties the tracked links a new delivery's messages carry to the delivery row (codes are made
 * while the messages are built, before the row has an id) and copies its segments, category
 * and department onto them, in the same transaction as the delivery.
 */
export const linkDeliveryCodes =
  (options: ResolvedAnalyticsOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (options.disabled || operation !== 'create') return doc
    const { payload } = req
    const prefix = `${publicBaseUrlOf(payload, analyticsOptionsOf(payload))}${options.redirectPath}/`
    const codes = trackedCodesIn(doc.messages, prefix)
    if (codes.length === 0) return doc
    const attributes = await sourceAttributesOf(payload, doc, req)
    await payload.update({
      collection: SLUGS.links,
      data: { aggregationUnit: doc.aggregationUnit ?? null, delivery: doc.id, segment: segmentKeyOf(doc.segments), ...attributes },
      depth: 0,
      overrideAccess: true,
      req,
      where: { code: { in: codes } },
    })
    return doc
  }
