import type { AuditContext, AuditEvent, AuditRecorder } from '@akita-dx/plugin-core'

import { idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedAuditOptions } from '../types'

import { AUDIT_EVENTS } from '../constants'
import { collectionLabel } from './collectionLabel'

type User = Record<string, unknown>

const nameOf = (options: ResolvedAuditOptions, user: User | null) => {
  if (!user) return null
  const name = user[options.userNameField] ?? user.email ?? user.id
  return name === undefined || name === null ? null : String(name)
}

/** The acting user: the one named, else the request's, unless that is no staff member (a resident). */
const actorOf = (options: ResolvedAuditOptions, { req }: AuditContext, event: AuditEvent): User | null => {
  if (event.user !== undefined) return event.user
  const user = (req?.user ?? null) as User | null
  return user && options.organisation.isStaffUser(user) ? user : null
}

/**
 * The recorder the plugin installs: one entry per event, written with the request (so in its
 * transaction) and past the collection's create access, which is nobody's.
 */
export const auditRecorder =
  (options: ResolvedAuditOptions): AuditRecorder =>
  async (context, event) => {
    const user = actorOf(options, context, event)
    const department = event.department !== undefined ? event.department : options.organisation.departmentOf(user)
    const data = {
      action: event.action,
      changes: event.changes?.length ? event.changes : null,
      collection: event.collection ?? null,
      collectionLabel: collectionLabel(context.payload, event.collection),
      department: department ?? null,
      documentId: event.documentId === undefined || event.documentId === null ? null : String(event.documentId),
      documentTitle: event.documentTitle ?? null,
      draft: event.draft ?? false,
      note: event.note ?? null,
      user: user ? idOf(user as never) : null,
      userName: nameOf(options, user),
    }
    await context.payload.create({ collection: AUDIT_EVENTS, data: data as never, depth: 0, overrideAccess: true, req: context.req })
  }
