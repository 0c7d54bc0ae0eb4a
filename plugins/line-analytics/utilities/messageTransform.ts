import type { Payload, PayloadRequest } from 'payload'

import { type DeliveryLike, trackDeliveryLinks } from './trackLinks'

/**
 * The transform the LINE plugin runs on a delivery's messages when it builds them
 * (`config.custom.lineMessageTransforms`): tracked links in place of the original URLs.
 */
export const trackLinksTransform = <M>(args: { delivery: DeliveryLike; messages: M[]; payload: Payload; req?: PayloadRequest }) =>
  trackDeliveryLinks(args.payload, { delivery: args.delivery, messages: args.messages, req: args.req })
