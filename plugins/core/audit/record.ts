import type { Config, Payload, PayloadRequest } from 'payload'

import type { ID } from '../shared/ids'

import { registryOf, withRegistry } from '../server/registry'

/**
 * What an audit log records. Document changes (`create` … `roleChange`) come from the audited
 * collections' hooks; the others from the code that does them (a login, an export, LINE's 決裁 and
 * sending), through `recordAuditEvent`.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'login',
  'roleChange',
  'export',
  'sendRequested',
  'approved',
  'rejected',
  'sendStarted',
  'sendFinished',
  'sendCancelled',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One field of an update: its values before and after, or only that it changed when its reading is restricted. */
export type AuditChange = { after?: unknown; before?: unknown; field: string; redacted?: true }

export type AuditEvent = {
  action: AuditAction
  /** Field-level diff of an update. */
  changes?: AuditChange[]
  /** Slug of the document's collection. */
  collection?: string
  /** The department whose editors may read the entry; by default the document's, else the acting user's. */
  department?: ID | null
  documentId?: ID | null
  documentTitle?: null | string
  /** Whether the change was to a draft only (nothing public changed). */
  draft?: boolean
  /** Facts of the event in words (a rejection's reason, how many rows an export held). */
  note?: null | string
  /** The acting user when it is not `req.user` (a login); null for the system (a scheduled send). */
  user?: null | Record<string, unknown>
}

/** Where the event is written: the request of the change (its transaction), or the payload of background work. */
export type AuditContext = { payload: Payload; req?: PayloadRequest }

export type AuditRecorder = (context: AuditContext, event: AuditEvent) => Promise<void>

/** Installs an audit log's recorder (the audit plugin does); without one, events go nowhere. */
export const addAuditRecorder = (config: Config, recorder: AuditRecorder): Config =>
  withRegistry(config, (registry) => ({ ...registry, auditRecorders: [...registry.auditRecorders, recorder] }))

/** Whether an audit log is installed (to skip work that only feeds it). */
export const hasAuditLog = (payload: Payload): boolean => registryOf(payload.config).auditRecorders.length > 0

/**
 * Records an event in every installed audit log. Given `req`, it is written in the request's
 * transaction, so it commits or rolls back with the change; a failure is thrown to the caller.
 */
export const recordAuditEvent = async (context: AuditContext, event: AuditEvent): Promise<void> => {
  for (const recorder of registryOf(context.payload.config).auditRecorders) await recorder(context, event)
}

/**
 * For events recorded after a change that is already stored (a compare-and-set, a batch sent to
 * LINE): a failed entry is logged as an error rather than failing what already happened.
 */
export const recordAuditEventAfter = async (context: AuditContext, event: AuditEvent): Promise<void> => {
  try {
    await recordAuditEvent(context, event)
  } catch (error) {
    context.payload.logger.error({ err: error, msg: `audit log: recording ${event.action} failed` })
  }
}
