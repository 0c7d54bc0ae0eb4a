import type { CollectionBeforeChangeHook } from 'payload'

import { departmentOf, isAdminUser } from '../../../src/access'
import { HELP_REQUESTS } from '../constants'
import { invalid } from '../utilities/errors'

/** An editor asks for help for their own department; admins name the department. */
export const setRequestDefaults: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.user) {
    data.requestedBy = req.user.id
    if (!isAdminUser(req.user)) data.department = departmentOf(req.user)
  }
  if (data.department === null || data.department === undefined) {
    throw invalid(req, HELP_REQUESTS, 'department', '依頼課が決まりません（所属課のない編集者は依頼を作成できません）')
  }
  return data
}
