import type { CollectionBeforeOperationHook } from 'payload'

import { checkBody } from './body'
import { checkDocumentId } from './documentId'
import { markGuard } from './marker'
import { checkPagination } from './pagination'
import { checkQueryValues, checkSortPaths } from './queryValues'

type InputArgs = {
  data?: unknown
  depth?: unknown
  duplicateFromID?: unknown
  id?: unknown
  limit?: unknown
  overrideAccess?: boolean
  page?: unknown
  sort?: unknown
  where?: unknown
}

/**
 * Refuses bad input before Payload hands it to the database, where it would fail as a 500: ids
 * that cannot exist, page numbers that are not whole numbers, comparisons the database cannot make
 * and bodies that are no JSON object, nest without end or hold NUL characters. Ids and page
 * numbers are checked for every caller (they are never valid); values and bodies for requests made
 * on a user's behalf, so the plugins' own writes (a webhook's raw event) keep what they store.
 */
export const inputGuard = (): CollectionBeforeOperationHook =>
  markGuard('input', ({ args, collection, operation, req }) => {
    const input = args as InputArgs
    checkDocumentId(req, collection, input)
    checkPagination(req, input)
    if (input.overrideAccess === true) return args
    checkQueryValues(req, collection.slug, input.where)
    checkSortPaths(req, collection.slug, input.sort)
    if (!('data' in input)) return args
    const data = checkBody(req, operation, input.data)
    return data === input.data ? args : { ...args, data }
  })
