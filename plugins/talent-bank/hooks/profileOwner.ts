import type { CollectionBeforeChangeHook } from 'payload'

import { STAFF_PROFILES } from '../constants'
import { invalid } from '../utilities/errors'
import { idOf } from '../utilities/visibility'

/**
 * A profile always belongs to the person who creates it (opt-in: nobody registers a colleague),
 * and its name and current department always follow the user record, whatever the input says.
 */
export const setProfileOwner: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user) data.user = req.user.id
    const userId = idOf(data.user)
    if (userId === null) throw invalid(req, STAFF_PROFILES, 'user', 'プロフィールの本人（ユーザー）を指定してください')
    const existing = await req.payload.count({
      collection: STAFF_PROFILES,
      overrideAccess: true,
      req,
      where: { user: { equals: userId } },
    })
    if (existing.totalDocs > 0) {
      throw invalid(req, STAFF_PROFILES, 'user', 'この職員のプロフィールは既に登録されています（1人1件）')
    }
  }
  const userId = idOf(operation === 'create' ? data.user : originalDoc?.user)
  const user = userId === null
    ? null
    : await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true, req })
  if (!user) throw invalid(req, STAFF_PROFILES, 'user', '指定されたユーザーが見つかりません')
  data.user = user.id
  data.displayName = user.name
  data.currentDepartment = idOf(user.department as never) ?? null
  return data
}
