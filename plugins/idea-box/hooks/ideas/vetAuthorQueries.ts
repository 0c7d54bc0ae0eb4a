import type { CollectionBeforeOperationHook } from 'payload'

import { isAdminUser } from '../../../../src/access'
import { forbidden } from '../../utilities/errors'
import { onlyFiltersOnSelf, sortsOn } from '../../utilities/whereGuard'

/**
 * Field access hides the author of an anonymous idea in responses, but a filter or a sort on
 * `author` would still reveal it (which anonymous ideas a colleague wrote, or that two share an
 * author). Colleagues may only look up their own ideas by author.
 */
export const vetAuthorQueries = (): CollectionBeforeOperationHook => ({ args, req }) => {
  const user = req.user
  const query = args as { overrideAccess?: boolean; sort?: unknown; where?: unknown }
  if (!user || isAdminUser(user) || query?.overrideAccess) return args
  if (query?.where && !onlyFiltersOnSelf(query.where, 'author', user.id)) {
    throw forbidden('author（投稿者）で絞り込めるのは自分の投稿だけです')
  }
  if (sortsOn(query?.sort, 'author')) throw forbidden('author（投稿者）で並べ替えることはできません')
  return args
}
