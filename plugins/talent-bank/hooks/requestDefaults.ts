import type { CollectionBeforeChangeHook } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions } from '../types'

import { message } from '../translations'

/** An editor asks for help for their own department; admins name the department. */
export const setRequestDefaults =
  (options: ResolvedTalentBankOptions): CollectionBeforeChangeHook =>
  ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const { departmentOf, isAdminUser } = options.organisation
    if (req.user) {
      data.requestedBy = req.user.id
      if (!isAdminUser(req.user)) data.department = departmentOf(req.user)
    }
    if (data.department === null || data.department === undefined) {
      throw badRequest(message(req, 'error.requestDepartmentMissing'), 'department')
    }
    return data
  }
