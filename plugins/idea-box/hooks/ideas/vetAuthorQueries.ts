import type { CollectionBeforeOperationHook } from 'payload'

import { isAdminUser } from '../../../../src/access'
import { forbidden } from '../../utilities/errors'
import { ideaAuthorPath, onlyFiltersOnSelf, sortsOn } from '../../utilities/whereGuard'

/**
 * Field access hides the author of an anonymous idea in responses, but a filter or a sort on
 * the author would still reveal it (which anonymous ideas a colleague wrote, or that two share
 * an author), on ideas or through a relation (`idea.author` on votes, comments and reports).
 * Colleagues may only look up their own ideas by author.
 */
export const vetAuthorQueries =
  ({ onIdeas }: { onIdeas: boolean }): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const user = req.user
    const query = args as { overrideAccess?: boolean; sort?: unknown; where?: unknown }
    if (!user || isAdminUser(user) || query?.overrideAccess) return args
    const matches = ideaAuthorPath(onIdeas)
    if (query?.where && !onlyFiltersOnSelf(query.where, matches, user.id)) {
      throw forbidden('投稿者（author）で絞り込めるのは自分の投稿だけです')
    }
    if (sortsOn(query?.sort, matches)) throw forbidden('投稿者（author）で並べ替えることはできません')
    return args
  }
