import type { Access, CollectionConfig, Config, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Organisation } from '../access/organisation'

import { type ID, idOf, sameId } from '../shared/ids'
import { allOf, mayAccessDocuments, readAccessOf } from './documents'
import { onSanitizedConfig } from './install'

export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'

type Lock = {
  document?: null | { relationTo: string; value: unknown }
  globalSlug?: null | string
  id: ID
  user?: null | { relationTo: string; value: unknown }
}

type User = { collection?: string; id: ID }

const holds = (lock: Partial<Lock> | undefined, user: User) =>
  Boolean(lock?.user) && lock!.user!.relationTo === user.collection && sameId(lock!.user!.value, user.id)

const ownLocks = (user: User): Where => ({
  and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
})

/** Whether the user may read (or, with `update`, edit) these documents of a collection or a global. */
const mayReach = async (req: PayloadRequest, target: { global?: string; ids?: ID[]; slug?: string }, operation: 'read' | 'update') => {
  if (target.global) {
    const access = req.payload.config.globals.find((global) => global.slug === target.global)?.access?.[operation]
    return Boolean(access ? await access({ req }) : req.user)
  }
  return mayAccessDocuments(req, target.slug!, target.ids ?? [], operation)
}

/** Ids of the current locks on documents the user may read; the locks table holds only the documents being edited. */
const readableLockIds = async (req: PayloadRequest): Promise<ID[]> => {
  const { docs } = await req.payload.find({
    collection: LOCKED_DOCUMENTS_SLUG,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const readable: ID[] = []
  const byCollection = new Map<string, Lock[]>()
  for (const lock of docs as unknown as Lock[]) {
    if (lock.globalSlug) {
      if (await mayReach(req, { global: lock.globalSlug }, 'read')) readable.push(lock.id)
    } else if (lock.document) byCollection.set(lock.document.relationTo, [...(byCollection.get(lock.document.relationTo) ?? []), lock])
  }
  for (const [slug, locks] of byCollection) {
    const access = await readAccessOf(req, slug)
    if (access === false) continue
    if (access === true) {
      readable.push(...locks.map((lock) => lock.id))
      continue
    }
    const ids = locks.map((lock) => idOf(lock.document!.value)).filter((id): id is ID => id !== null)
    const { docs: found } = await req.payload.find({
      collection: slug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: allOf({ id: { in: ids } }, access),
    })
    const open = new Set(found.map((doc) => String(doc.id)))
    readable.push(...locks.filter((lock) => open.has(String(idOf(lock.document!.value)))).map((lock) => lock.id))
  }
  return readable
}

/**
 * Who may see and change the edit locks Payload keeps while someone edits a document. A lock is
 * visible only to those who may read the locked document, and who holds it only to admins and to
 * the holder: colleagues see that a document is being edited, not by whom, since the editor of an
 * anonymous idea is usually its author. Locks are created, changed and removed by their holder
 * only (admins any), and only on documents the holder may edit; which document a lock is on and
 * who holds it never change through the API.
 */
export const lockedDocumentsAccess = (organisation: Organisation) => {
  const signedIn = (req: PayloadRequest): null | User => (req.user ? (req.user as unknown as User) : null)

  const read: Access = async ({ req }) => {
    const user = signedIn(req)
    if (!user) return false
    if (organisation.isAdminUser(user)) return true
    const ids = await readableLockIds(req)
    return ids.length ? { or: [ownLocks(user), { id: { in: ids } }] } : ownLocks(user)
  }

  const create: Access = async ({ data, req }) => {
    const user = signedIn(req)
    if (!user) return false
    if (organisation.isAdminUser(user)) return true
    const lock = data as Partial<Lock> | undefined
    if (!holds(lock, user)) return false
    if (lock?.globalSlug) return mayReach(req, { global: lock.globalSlug }, 'update')
    const id = idOf(lock?.document?.value)
    return id !== null && mayReach(req, { ids: [id], slug: lock!.document!.relationTo }, 'update')
  }

  const own: Access = ({ req }) => {
    const user = signedIn(req)
    if (!user) return false
    return organisation.isAdminUser(user) ? true : ownLocks(user)
  }

  const readHolder: FieldAccess = ({ doc, req }) => {
    const user = signedIn(req)
    return Boolean(user) && (organisation.isAdminUser(user) || holds(doc as Partial<Lock> | undefined, user!))
  }

  const adminOnly: FieldAccess = ({ req }) => organisation.isAdminUser(req.user)

  return { adminOnly, create, delete: own, read, readHolder, update: own }
}

const withFieldAccess = (
  fields: { access?: object; name?: string }[],
  access: Record<string, { read?: FieldAccess; update?: FieldAccess }>,
) => {
  for (const field of fields) {
    const added = field.name ? access[field.name] : undefined
    if (added) field.access = { ...field.access, ...added }
  }
}

/** Applies the access of `lockedDocumentsAccess` to the locked-documents collection Payload adds when it sanitizes the config. */
export const restrictLockedDocuments =
  (organisation: Organisation) =>
  (config: Config): Config =>
    onSanitizedConfig(config, (payload) => {
      const locks = payload.collections[LOCKED_DOCUMENTS_SLUG as keyof typeof payload.collections]?.config as CollectionConfig | undefined
      if (!locks) return
      const access = lockedDocumentsAccess(organisation)
      locks.access = { ...locks.access, create: access.create, delete: access.delete, read: access.read, update: access.update }
      const fieldAccess = {
        document: { update: access.adminOnly },
        globalSlug: { update: access.adminOnly },
        user: { read: access.readHolder, update: access.adminOnly },
      }
      withFieldAccess(locks.fields as never, fieldAccess)
      withFieldAccess((locks as { flattenedFields?: never[] }).flattenedFields ?? [], fieldAccess)
    })
