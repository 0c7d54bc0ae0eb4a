import type { PayloadRequest } from 'payload'

import { deliveryScopeOf, LINE_SLUGS } from '@akita-dx/plugin-line'

import type { DashboardFilter } from './types'

type Viewer = Pick<PayloadRequest, 'payload' | 'user'>

/**
 * The filter an editor's dashboard really runs with: an editor who does not send for every
 * department sees their own department's figures whatever they ask for (the LINE plugin's
 * ownership of deliveries); null for an editor without a department, who sees none.
 */
export const scopedFilter = async (viewer: Viewer, filter: DashboardFilter): Promise<DashboardFilter | null> => {
  const scope = await deliveryScopeOf(viewer as PayloadRequest)
  if (scope.all) return filter
  return scope.department === null ? null : { ...filter, department: String(scope.department) }
}

/** Whether the viewer may read the delivery (the LINE plugin's read access of deliveries). */
export const readableDelivery = async (viewer: Viewer, id: string): Promise<boolean> =>
  Boolean(
    await viewer.payload.findByID({
      collection: LINE_SLUGS.deliveries,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: false,
      select: { id: true },
      user: viewer.user,
    }),
  )
