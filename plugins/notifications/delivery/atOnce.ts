import type { NoticeContext, StaffNotice } from '@akita-dx/plugin-core'

import { hasStaffMessenger, messageStaff } from '@akita-dx/plugin-core'

import type { StoredNotice } from './store'

import { STAFF_NOTICES } from '../constants'
import { recipientsWithMode } from './preferences'
import { noticeText } from './text'

/**
 * Sends the notice on LINE to the recipients who want each one at once, and marks it delivered
 * for those the messenger reached; the others (no LINE linked) read it in the admin only.
 */
export const sendAtOnce = async ({ payload, req }: NoticeContext, notice: StaffNotice, stored: StoredNotice[]) => {
  if (!hasStaffMessenger(payload)) return
  const now = await recipientsWithMode(
    payload,
    stored.map((row) => row.recipient),
    'immediate',
    req,
  )
  if (now.length === 0) return
  const { reached } = await messageStaff(payload, { event: `notice:${notice.event}`, text: noticeText(payload, notice), userIds: now })
  const reachedKeys = new Set(reached.map(String))
  const ids = stored.filter((row) => reachedKeys.has(String(row.recipient))).map((row) => row.id)
  if (ids.length === 0) return
  await payload.update({
    collection: STAFF_NOTICES,
    data: { deliveredAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
    where: { id: { in: ids } },
  })
}
