import type { CollectionBeforeOperationHook, FieldAccess, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { isDocumentFree } from '../access/documentFree'
import { refuseInput } from '../errors/refusal'
import { coreT } from '../translations'
import { type QueryReference, referencesOf, relaxWhere } from './conditions'
import { allOf, containersOf, type Doc, loadDocuments, readAccessOf, relatedIds } from './documents'
import { markGuard } from './marker'
import { type PathStep, type ResolvedPath, resolveQueryPath } from './paths'
import { checkQueryValues } from './queryValues'

export type QueryGuardOptions = {
  /**
   * References a collection vouches for although the generic rule would refuse them, because the
   * collection knows they reveal nothing (the idea box lets staff look up their own ideas by
   * author: an idea whose author is hidden from them is never theirs).
   */
  vouch?: (reference: QueryReference, req: PayloadRequest) => boolean
}

type QueryArgs = {
  draft?: boolean
  field?: unknown
  overrideAccess?: boolean
  showHiddenFields?: boolean
  sort?: unknown
  trash?: boolean
  where?: Where
}

/** A reference whose answer depends on documents: the path and the steps whose documents decide it. */
type Pending = { path: ResolvedPath; reference: QueryReference; rows: Set<number>; fields: Set<number> }

const refusal = (req: PayloadRequest, reference: QueryReference) =>
  refuseInput(coreT(req, 'fieldNotQueryable', { field: reference.path }), reference.path)

const readOf = (field: PathStep['fields'][number]): FieldAccess | undefined => (field as { access?: { read?: FieldAccess } }).access?.read

/**
 * What a path needs without looking at documents: refused (false) when a field on it is hidden, a
 * field's read access without a document is denied or a collection it passes through is closed to
 * the user; otherwise the steps whose documents must be looked at (a collection readable only in
 * part, a field access that may depend on the document).
 */
const inspect = async (
  req: PayloadRequest,
  path: ResolvedPath,
  showHidden: boolean,
): Promise<false | Omit<Pending, 'path' | 'reference'>> => {
  const rows = new Set<number>()
  const fields = new Set<number>()
  for (const [index, step] of path.steps.entries()) {
    if (index > 0) {
      const access = await readAccessOf(req, step.collection)
      if (access === false) return false
      if (access !== true) rows.add(index)
    }
    for (const field of step.fields) {
      if ('hidden' in field && field.hidden && !showHidden) return false
      const read = readOf(field)
      if (!read) continue
      if (!(await read({ req }))) return false
      if (!isDocumentFree(read)) fields.add(index)
    }
  }
  return { fields, rows }
}

const requireFieldAccess = async (req: PayloadRequest, step: PathStep, docs: Doc[], reference: QueryReference) => {
  for (const doc of docs) {
    const levels = containersOf(doc, step.fields)
    for (const [index, field] of step.fields.entries()) {
      const read = readOf(field)
      if (!read || isDocumentFree(read)) continue
      for (const siblingData of levels[index]) {
        if (!(await read({ data: doc, doc, id: doc.id as number | string, req, siblingData }))) throw refusal(req, reference)
      }
    }
  }
}

/** The documents of the next step that these documents refer to, refused when the user may not read all of them. */
const follow = async (req: PayloadRequest, pending: Pending, index: number, docs: Doc[]): Promise<Doc[]> => {
  const step = pending.path.steps[index]
  const next = pending.path.steps[index + 1]
  const relation = step.fields[step.fields.length - 1] as PathStep['fields'][number] & { on?: string }
  const where: Where =
    relation.type === 'join'
      ? { [relation.on!]: { in: docs.map((doc) => doc.id) } }
      : {
          id: {
            in: relatedIds(
              docs.flatMap((doc) => containersOf(doc, step.fields).at(-1)!),
              relation,
            ),
          },
        }
  const related = await loadDocuments(req, next.collection, where)
  if (pending.rows.has(index + 1) && related.length) {
    const access = await readAccessOf(req, next.collection)
    const ids = related.map((doc) => doc.id)
    const readable =
      access === true
        ? related.length
        : access === false
          ? 0
          : (await req.payload.count({ collection: next.collection, overrideAccess: true, req, where: allOf({ id: { in: ids } }, access) }))
              .totalDocs
    if (readable < related.length) throw refusal(req, pending.reference)
  }
  return related
}

const decide = async (req: PayloadRequest, pending: Pending, base: Doc[]) => {
  const last = Math.max(...pending.rows, ...pending.fields)
  let docs = base
  for (let index = 0; index <= last; index += 1) {
    if (pending.fields.has(index)) await requireFieldAccess(req, pending.path.steps[index], docs, pending.reference)
    if (index < last) docs = await follow(req, pending, index, docs)
  }
}

const OPERATION_ACCESS: Record<string, 'delete' | 'read' | 'update'> = {
  count: 'read',
  delete: 'delete',
  read: 'read',
  readDistinct: 'read',
  update: 'update',
}

/**
 * Where a field's access depends on the document, the documents decide: every document the query
 * could match (those the operation's access lets the user reach, matching the where with each
 * undecided condition taken as true, a superset whatever the hidden values are) must let the user
 * read the field, and so must every related document the path passes through. A query over the
 * version history is refused outright: its rows hold older values than the documents checked here.
 */
const decideOnDocuments = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  operation: string,
  args: QueryArgs,
  pending: Pending[],
) => {
  const accessKey = OPERATION_ACCESS[operation]
  const versioned = pending.find((entry) => entry.path.versions) ?? (accessKey ? undefined : pending[0])
  if (versioned) throw refusal(req, versioned.reference)
  const access = collection.access?.[accessKey!]
  const reach = access ? await access({ req }) : Boolean(req.user)
  // The operation itself refuses or finds nothing.
  if (!reach) return
  // The relaxed where goes to the database before the input guard has run (it comes later in the
  // hook list): a value the database cannot compare would fail there as a 500.
  checkQueryValues(req, collection.slug, args.where)
  const undecided = new Set(pending.filter((entry) => entry.reference.kind === 'where').map((entry) => entry.reference.path))
  const where = allOf(
    reach === true ? undefined : (reach as Where),
    relaxWhere(args.where, (condition) => undecided.has(condition.path)),
  )
  const base = await loadDocuments(req, collection.slug, where, { draft: args.draft, trash: args.trash })
  for (const entry of pending) await decide(req, entry, base)
}

/**
 * Refuses a where, sort or distinct field that reads a field the user may not read: hidden fields,
 * fields whose read access is denied, and paths through related documents the user may not read
 * (`department.name`, `idea.author`). Payload already checks field access without a document;
 * this adds the documents where the answer depends on them, and sorts through relationships,
 * which Payload leaves unchecked. Refusals are 400 `{ errors: [{ message, field }] }`, before any
 * count or document is read.
 */
export const queryAccessGuard = (options: QueryGuardOptions = {}): CollectionBeforeOperationHook =>
  markGuard('queryAccess', async ({ args, collection, operation, req }) => {
    const query = args as QueryArgs
    if (query.overrideAccess === true) return args
    const pending: Pending[] = []
    for (const reference of referencesOf(query, req)) {
      if (options.vouch?.(reference, req)) continue
      const path = resolveQueryPath(req.payload, collection.slug, reference.path)
      if (!path) continue
      const needs = await inspect(req, path, Boolean(query.showHiddenFields))
      if (needs === false) throw refusal(req, reference)
      if (needs.rows.size || needs.fields.size) pending.push({ ...needs, path, reference })
    }
    if (pending.length) await decideOnDocuments(req, collection, operation, query, pending)
    return args
  })
