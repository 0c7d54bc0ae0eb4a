import type { AuditEvent, AuditRecorder } from '@akita-dx/plugin-core'

export type SeenAuditEvent = AuditEvent & { by: unknown }

/** What the LINE plugin told the audit log, in order: the test config installs this recorder in place of an audit plugin. */
export const seenAuditEvents: SeenAuditEvent[] = []

export const rememberAuditEvents: AuditRecorder = async ({ req }, event) => {
  seenAuditEvents.push({ ...event, by: event.user === undefined ? (req?.user?.id ?? null) : (event.user?.id ?? null) })
}
