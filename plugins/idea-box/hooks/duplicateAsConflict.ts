import type { CollectionAfterErrorHook } from 'payload'

import { errorBody } from '@akita-dx/plugin-core'
import { ValidationError } from 'payload'

import { type IdeaBoxKey, message } from '../translations'

/**
 * When two identical requests race past the friendly check, the unique index refuses the
 * second one and Payload reports the raw column names. Answer it like the friendly check: 409
 * with a message the person understands.
 */
export const duplicateAsConflict =
  (columns: string[], messageKey: IdeaBoxKey): CollectionAfterErrorHook =>
  ({ error, req }) => {
    if (!(error instanceof ValidationError)) return
    const paths = (error.data?.errors ?? []).map((e) => String(e.path))
    // The adapter names database columns (PostgreSQL all of the index, SQLite the first), unlike
    // the field paths of validation errors raised by hooks.
    const isCompoundDuplicate = paths.some((path) => path.split(/,\s*/).includes(columns[0]))
    if (!isCompoundDuplicate) return
    return { response: errorBody(message(req, messageKey)), status: 409 }
  }
