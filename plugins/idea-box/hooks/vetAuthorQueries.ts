import type { Organisation, QueryReference } from '@akita-dx/plugin-core'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { forbidden } from '@akita-dx/plugin-core'
import { sameId } from '@akita-dx/plugin-core/shared'

import { message } from '../translations'
import { ideaAuthorPath, onlyFiltersOnSelf, sortsOn } from '../utilities/whereGuard'

/**
 * Field access hides the author of an anonymous idea in responses, but a filter or a sort on
 * the author would still reveal it (which anonymous ideas a colleague wrote, or that two share
 * an author), on ideas or through a relation (`idea.author` on votes, comments and reports).
 * Colleagues may only look up their own ideas by author.
 */
export const vetAuthorQueries =
  (organisation: Organisation, { onIdeas }: { onIdeas: boolean }): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const user = req.user
    const query = args as { overrideAccess?: boolean; sort?: unknown; where?: unknown }
    if (!user || organisation.isAdminUser(user) || query?.overrideAccess) return args
    const matches = ideaAuthorPath(onIdeas)
    if (query?.where && !onlyFiltersOnSelf(query.where, matches, user.id)) throw forbidden(message(req, 'error.authorFilterSelfOnly'))
    if (sortsOn(query?.sort, matches)) throw forbidden(message(req, 'error.authorSortRefused'))
    return args
  }

/**
 * For the query guard of core: the one author filter colleagues may make (their own posts, `author`
 * or `idea.author` equal to themselves) reveals nothing, since the author of each match is the
 * person asking; without it the guard would refuse it whenever someone else posted anonymously.
 */
export const ownAuthorLookup = (reference: QueryReference, req: PayloadRequest): boolean =>
  reference.kind === 'where' &&
  reference.operator === 'equals' &&
  /^(idea\.)?author$/.test(reference.path) &&
  Boolean(req.user) &&
  sameId(reference.value, req.user!.id)
