import type { StaffMessenger } from '@akita-dx/plugin-core'

import { lineOptionsOf } from '../options'
import { linkedIds, pushToStaff } from './pushToStaff'

/**
 * Core's staff messenger on LINE: the text goes to the LINE accounts the users linked by one-time
 * code; those without one are not reached (their notices stay in the admin).
 */
export const lineStaffMessenger: StaffMessenger = async (payload, { event, text, userIds }) => {
  const { docs } = await payload.find({
    collection: lineOptionsOf(payload).organisation.users,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { lineUserIds: true },
    where: { and: [{ id: { in: userIds } }, { lineUserIds: { exists: true } }] },
  })
  const linked = (docs as { id: number | string; lineUserIds?: null | string[] }[]).filter((user) => linkedIds([user]).length > 0)
  if (linked.length === 0) return { reached: [] }
  const sent = await pushToStaff(payload, linkedIds(linked), text, `staff-message:${event}`)
  return { reached: sent ? linked.map((user) => user.id) : [] }
}
