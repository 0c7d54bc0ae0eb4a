import type { PayloadRequest } from 'payload'

import { errorResponse } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { lineT } from '../translations'

/** The delivery of the path, if the user may read it (a delivery of another department's document is not found). */
export const readableDelivery = (req: PayloadRequest, select: Record<string, true>) =>
  req.payload.findByID({
    collection: SLUGS.deliveries,
    depth: 0,
    disableErrors: true,
    id: String(req.routeParams?.id ?? ''),
    overrideAccess: false,
    req,
    select,
  }) as Promise<null | Record<string, unknown>>

export const deliveryNotFound = (req: PayloadRequest) =>
  errorResponse(404, lineT(req, 'errorDeliveryMissing', { id: String(req.routeParams?.id ?? '') }))
