import type { AuditChange } from '@akita-dx/plugin-core'
import type { FlattenedField } from 'payload'

import { comparable, shownValue } from './shownValue'

/**
 * Never in a diff: bookkeeping Payload keeps (the action says what `_status` did) and the
 * credentials of auth collections, whether or not the collection marks them hidden.
 */
const NEVER = new Set([
  '_status',
  '_verificationToken',
  '_verified',
  'apiKey',
  'apiKeyIndex',
  'createdAt',
  'enableAPIKey',
  'hash',
  'lockUntil',
  'loginAttempts',
  'resetPasswordExpiration',
  'resetPasswordToken',
  'salt',
  'sessions',
  'updatedAt',
])

const NESTED = new Set(['group', 'tab'])

type Doc = Record<string, unknown> | null | undefined

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Whether reading the field is restricted: its values stay out of an entry that others may read. */
const restricted = (field: FlattenedField) => Boolean((field as { access?: { read?: unknown } }).access?.read)

type Versions = { after: Doc; before: Doc; written: Doc }

const inner = (versions: Versions, name: string): Versions => ({
  after: (versions.after?.[name] ?? null) as Doc,
  before: (versions.before?.[name] ?? null) as Doc,
  written: (versions.written?.[name] ?? null) as Doc,
})

/**
 * The fields whose values differ between two versions of a document, by dot path into named
 * groups and tabs. Hidden fields, joins and `exclude`d names are left out; a field whose reading is
 * restricted shows only that it changed, judged by the data written, since the document the
 * hooks see leaves out what the user may not read.
 */
export const changesOf = (fields: FlattenedField[], versions: Versions, exclude: Set<string>, prefix = ''): AuditChange[] =>
  fields.flatMap((field): AuditChange[] => {
    if (!('name' in field) || NEVER.has(field.name) || exclude.has(field.name) || field.type === 'join') return []
    if ((field as { hidden?: boolean }).hidden) return []
    const path = `${prefix}${field.name}`
    if (exclude.has(path)) return []
    if (NESTED.has(field.type) && 'flattenedFields' in field) {
      const nested = changesOf(field.flattenedFields, inner(versions, field.name), exclude, `${path}.`)
      return restricted(field) ? nested.map((change) => ({ field: change.field, redacted: true })) : nested
    }
    const was = comparable(field as never, versions.before?.[field.name])
    if (restricted(field)) {
      const written = versions.written && field.name in versions.written ? versions.written[field.name] : versions.before?.[field.name]
      return same(was, comparable(field as never, written)) ? [] : [{ field: path, redacted: true }]
    }
    const now = comparable(field as never, versions.after?.[field.name])
    if (same(was, now)) return []
    return [{ after: shownValue(now), before: shownValue(was), field: path }]
  })
