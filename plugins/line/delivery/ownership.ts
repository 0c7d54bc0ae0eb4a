import type { Access, PayloadRequest } from 'payload'

import { mayAccessDocuments } from '@akita-dx/plugin-core'
import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import { lineOptionsOf } from '../options'
import type { ResolvedLineOptions } from '../types'

/**
 * Who may send, preview, cancel and read which deliveries: the same people who may edit the
 * document sent (the source collection's own `update` access, so there is one rule of ownership),
 * plus admins and the departments named in `sendForAllDepartments` (a 広報広聴課 that sends for
 * every department). A delivery keeps its department, so reading deliveries needs no second look
 * at the documents; an editor reads their own department's deliveries only, and their analytics
 * cover the same deliveries.
 */

/** Admins, and editors of a department that sends for every department. */
export const sendsForAll = async (req: PayloadRequest, options: ResolvedLineOptions = lineOptionsOf(req.payload)): Promise<boolean> => {
  const { organisation } = options
  if (organisation.isAdminUser(req.user)) return true
  const department = organisation.departmentOf(req.user)
  if (!organisation.isEditorUser(req.user) || department === null || options.sendForAllDepartments.length === 0) return false
  const { totalDocs } = await req.payload.count({
    collection: organisation.departments,
    overrideAccess: true,
    where: { and: [{ id: { equals: department } }, { [organisation.departmentCodeField]: { in: options.sendForAllDepartments } }] },
  })
  return totalDocs > 0
}

/** The one check before a send, a preview or a cancel of a document's delivery. */
export const maySendDocument = async (req: PayloadRequest, collection: string, id: ID): Promise<boolean> =>
  (await sendsForAll(req)) || mayAccessDocuments(req, collection, [id], 'update')

/** Read access of deliveries: everything for those who send for all, else their own department's. */
export const readDeliveries =
  (options: ResolvedLineOptions): Access =>
  async ({ req }) => {
    if (!options.organisation.isEditorUser(req.user)) return false
    if (await sendsForAll(req, options)) return true
    const own = options.organisation.departmentOf(req.user)
    return own === null ? false : { department: { equals: own } }
  }

/**
 * The department a delivery belongs to: its document's (the source field map's `department`),
 * else the sender's, so that whoever may send a document without a department can still follow
 * and cancel what they sent. Null only for a sender who sends for all and has no department.
 */
export const deliveryDepartment = (
  req: PayloadRequest,
  doc: Record<string, unknown>,
  field: string,
  options: ResolvedLineOptions,
): ID | null => idOf(doc[field]) ?? options.organisation.departmentOf(req.user)

/** What deliveries a user's analytics cover: all of them, or one department's. */
export type DeliveryScope = { all: true } | { all: false; department: ID | null }

export const deliveryScopeOf = async (req: PayloadRequest): Promise<DeliveryScope> =>
  (await sendsForAll(req)) ? { all: true } : { all: false, department: lineOptionsOf(req.payload).organisation.departmentOf(req.user) }
