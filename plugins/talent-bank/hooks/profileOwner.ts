import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'
import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { STAFF_PROFILES } from '../constants'
import { message } from '../translations'

/** One profile per person: a friendly refusal before the unique index refuses a racing second one. */
const refuseSecondProfile = async (req: PayloadRequest, userId: ID) => {
  const existing = await req.payload.count({ collection: STAFF_PROFILES, overrideAccess: true, req, where: { user: { equals: userId } } })
  if (existing.totalDocs > 0) throw badRequest(message(req, 'error.profileExists'), 'user')
}

/**
 * A profile always belongs to the person who creates it (opt-in: nobody registers a colleague),
 * and its name and current department always follow the user record, whatever the input says.
 */
export const setProfileOwner =
  (options: ResolvedTalentBankOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const { departmentOf, users } = options.organisation
    if (operation === 'create') {
      if (req.user) data.user = req.user.id
      const userId = idOf(data.user)
      if (userId === null) throw badRequest(message(req, 'error.profileUserRequired'), 'user')
      await refuseSecondProfile(req, userId)
    }
    const userId = idOf(operation === 'create' ? data.user : originalDoc?.user)
    const user =
      userId === null
        ? null
        : await req.payload.findByID({ collection: users, depth: 0, disableErrors: true, id: userId, overrideAccess: true, req })
    if (!user) throw badRequest(message(req, 'error.userNotFound'), 'user')
    data.user = user.id
    data.displayName = (user as Record<string, unknown>)[options.userNameField]
    data.currentDepartment = departmentOf(user) ?? null
    return data
  }
