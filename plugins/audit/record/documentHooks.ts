import type { AuditAction, AuditChange, Organisation } from '@akita-dx/plugin-core'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { documentTitleOf, recordAuditEvent } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import type { AuditedCollection, ResolvedAuditOptions } from '../types'

import { changesOf } from '../diff/changes'

type Doc = Record<string, unknown>

/** Changes made on a staff member's behalf: the plugins' own writes (a webhook, a job) are not theirs. */
const byStaff = (options: ResolvedAuditOptions, req: PayloadRequest) => options.organisation.isStaffUser(req.user)

const hasDrafts = (config: SanitizedCollectionConfig) =>
  Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)

/**
 * A save of a draft leaves the stored document as it was (Payload writes only a version); an
 * unpublish changes the stored document's status. Only the database row tells the two apart.
 */
const storedStatus = async (req: PayloadRequest, slug: string, id: unknown) => {
  const row = await req.payload.db.findOne({ collection: slug, req, where: { id: { equals: id } } })
  return (row as Doc | null)?._status
}

type Kind = { action: AuditAction; draft: boolean }

const kindOfUpdate = async (req: PayloadRequest, config: SanitizedCollectionConfig, doc: Doc, previous: Doc): Promise<Kind> => {
  if (!hasDrafts(config)) return { action: 'update', draft: false }
  if (doc._status === 'published') return { action: previous._status === 'published' ? 'update' : 'publish', draft: false }
  if (previous._status === 'published' && (await storedStatus(req, config.slug, doc.id)) === 'draft')
    return { action: 'unpublish', draft: false }
  return { action: 'update', draft: true }
}

const departmentOf = (organisation: Organisation, doc: Doc, req: PayloadRequest) =>
  idOf(doc[organisation.departmentField] as never) ?? organisation.departmentOf(req.user)

const PASSWORD_SET = 'akita-audit:passwordSet'

/**
 * Notes that an update sets a password: Payload hashes it and drops it from the data before the
 * afterChange hooks, where the entry is written.
 */
export const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password && originalDoc) {
    ;((req.context[PASSWORD_SET] ??= []) as unknown[]).push(String(originalDoc.id))
  }
  return data
}

/** A password change shows as a change, never its value. */
const withPassword = (changes: AuditChange[], req: PayloadRequest, id: unknown): AuditChange[] =>
  ((req.context[PASSWORD_SET] as string[] | undefined) ?? []).includes(String(id))
    ? [...changes, { field: 'password', redacted: true }]
    : changes

const isRoleChange = (options: ResolvedAuditOptions, slug: string, changes: AuditChange[]) =>
  slug === options.organisation.users && changes.some((change) => change.field === options.organisation.rolesField)

/** Records create, update (with its diff), publish, unpublish and role changes of one audited collection. */
export const auditChanges =
  (options: ResolvedAuditOptions, audited: AuditedCollection): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    if (!byStaff(options, req)) return doc
    const base = {
      collection: collection.slug,
      department: departmentOf(options.organisation, doc, req),
      documentId: doc.id,
      documentTitle: documentTitleOf(req.payload, collection.slug, doc),
    }
    if (operation === 'create') {
      await recordAuditEvent({ payload: req.payload, req }, { ...base, action: 'create', draft: doc._status === 'draft' })
      return doc
    }
    const versions = { after: doc, before: previousDoc, written: data }
    const changes = withPassword(changesOf(collection.flattenedFields, versions, audited.exclude), req, doc.id)
    const kind = await kindOfUpdate(req, collection, doc, previousDoc ?? {})
    // Saving without a change is no event; publishing or unpublishing is one, changed or not.
    if (kind.action === 'update' && changes.length === 0) return doc
    const action = isRoleChange(options, collection.slug, changes) ? 'roleChange' : kind.action
    await recordAuditEvent({ payload: req.payload, req }, { ...base, action, changes, draft: kind.draft })
    return doc
  }

export const auditDeletes =
  (options: ResolvedAuditOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (!byStaff(options, req)) return doc
    await recordAuditEvent(
      { payload: req.payload, req },
      {
        action: 'delete',
        collection: collection.slug,
        department: departmentOf(options.organisation, doc, req),
        documentId: doc.id,
        documentTitle: documentTitleOf(req.payload, collection.slug, doc),
      },
    )
    return doc
  }
